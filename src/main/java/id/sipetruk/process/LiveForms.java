package id.sipetruk.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@link LiveFormValues} of one task, computed now from its recorded {@link TaskSubject}. */
@Component
public class LiveForms {

    private final TaskSubjectRepository subjects;
    private final Map<String, LiveFormValues> byTaskKey;
    private final TransactionTemplate readOnly;

    public LiveForms(TaskSubjectRepository subjects, List<LiveFormValues> live, PlatformTransactionManager transactions) {
        this.subjects = subjects;
        this.byTaskKey = live.stream().collect(Collectors.toMap(LiveFormValues::taskKey, Function.identity()));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The values by name; empty for a task SI PETRUK recorded no subject for. */
    public Optional<Map<String, Object>> of(String taskId) {
        return readOnly.execute(status -> subjects.findById(taskId)
                .flatMap(subject -> Optional.ofNullable(byTaskKey.get(subject.getTaskKey()))
                        .map(live -> live.values(subject))));
    }
}
