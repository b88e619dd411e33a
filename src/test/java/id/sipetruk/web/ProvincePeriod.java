package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.demo.DemoUsers;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import id.sipetruk.setup.StartupSetup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A province-sized period for the web benchmarks, made through the engine on the demo regency: OPDs beside the
 * demo's up to the number asked for, each with its head and HR admin (password {@link DemoUsers#PASSWORD}) and new
 * employees who can be nominated, and a period opened by BKPSDM with that many nominees per OPD.
 */
@Component
public class ProvincePeriod {

    /** The open period, its OPDs in order and the NIPs of each OPD's new employees. */
    public record Opened(ProcessInstance instance, String code, List<Opd> opds, Map<String, List<String>> nips) {
    }

    private final ProcessDriver driver;
    private final OpdRepository opdRepository;
    private final EmployeeRepository employees;
    private final StartupSetup startupSetup;
    private final IdentityService identity;
    private final TaskService tasks;

    public ProvincePeriod(ProcessDriver driver, OpdRepository opdRepository, EmployeeRepository employees,
                          StartupSetup startupSetup, IdentityService identity, TaskService tasks) {
        this.driver = driver;
        this.opdRepository = opdRepository;
        this.employees = employees;
        this.startupSetup = startupSetup;
        this.identity = identity;
        this.tasks = tasks;
    }

    public Opened open(int opdCount, int perOpd) {
        List<Opd> all = new ArrayList<>(opdRepository.findAll().stream().filter(Opd::isActive).toList());
        for (int i = all.size(); i < opdCount; i++) {
            all.add(opdRepository.save(new Opd("bench%02d".formatted(i), "Dinas Uji Beban %02d".formatted(i))));
        }
        // the new OPDs' groups and filters
        startupSetup.run();
        Map<String, List<String>> nips = new LinkedHashMap<>();
        List<Employee> staff = new ArrayList<>();
        int n = 0;
        for (Opd opd : all) {
            users(opd.getCode());
            for (int j = 0; j < perOpd; j++, n++) {
                String nip = "%04d%02d%02d201104%d%03d".formatted(1975 + n % 20, 1 + n % 12, 1 + n % 28, 1 + n % 2,
                        1 + n);
                staff.add(new Employee(nip, "Pegawai Beban %03d".formatted(n), "Pelaksana", "Pengatur (II/c)", opd));
                nips.computeIfAbsent(opd.getCode(), k -> new ArrayList<>()).add(nip);
            }
        }
        employees.saveAll(staff);
        Map<String, Object> form = driver.periodForm();
        form.put("nomineesPerOpd", perOpd);
        ProcessInstance period = driver.startPeriodAs("bkpsdm", form);
        driver.runDueJobs(period);
        assertThat(driver.openTasks(period, "Task_NominateCandidates")).hasSize(opdCount);
        return new Opened(period, driver.period(period).getCode(), all, nips);
    }

    /** The open task of this key whose candidate group is the given one (the period is the only one open). */
    public Task task(String taskKey, String candidateGroup) {
        List<Task> found = tasks.createTaskQuery().taskDefinitionKey(taskKey).taskCandidateGroup(candidateGroup).list();
        assertThat(found).as("one %s for %s", taskKey, candidateGroup).hasSize(1);
        return found.get(0);
    }

    /** The head and HR admin of an OPD, unless the demo has them already. */
    private void users(String opd) {
        for (String[] user : new String[][]{{AwardLifecycle.head(opd), OpdGroups.headGroup(opd)},
                {AwardLifecycle.admin(opd), OpdGroups.adminGroup(opd)}}) {
            if (identity.createUserQuery().userId(user[0]).count() == 0) {
                User created = identity.newUser(user[0]);
                created.setFirstName(user[0]);
                created.setLastName("Uji");
                created.setPassword(DemoUsers.PASSWORD);
                identity.saveUser(created);
                identity.createMembership(user[0], user[1]);
            }
        }
    }
}
