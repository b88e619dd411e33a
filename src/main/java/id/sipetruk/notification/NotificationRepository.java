package id.sipetruk.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop100ByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(Notification.Status status,
                                                                                   LocalDateTime now);

    List<Notification> findByTaskIdOrderById(String taskId);

    boolean existsByTaskIdAndRecipientAndKindAndChannelAndRound(String taskId, String recipient,
                                                                 Notification.Kind kind, Notification.Channel channel,
                                                                 int round);

    /** The task's latest reminder, of its timer or of BKPSDM. */
    Optional<Notification> findFirstByTaskIdAndKindOrderByRoundDescIdDesc(String taskId, Notification.Kind kind);
}
