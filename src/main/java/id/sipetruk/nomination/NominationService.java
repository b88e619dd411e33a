package id.sipetruk.nomination;

import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.Nip;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An OPD head puts forward candidates from his own unit, within the period's quota. */
@Service
@Transactional
public class NominationService {

    private static final Logger LOG = LoggerFactory.getLogger(NominationService.class);

    private final NominationRepository nominations;
    private final EmployeeRepository employees;
    private final OpdRepository opds;
    private final AwardPeriodService periods;
    private final OpdParticipationRepository participations;
    private final EligibilityCheck eligibility;
    private final Clock clock;

    public NominationService(NominationRepository nominations, EmployeeRepository employees, OpdRepository opds,
                             AwardPeriodService periods, OpdParticipationRepository participations,
                             EligibilityCheck eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
        this.nominations = nominations;
        this.employees = employees;
        this.opds = opds;
        this.periods = periods;
        this.participations = participations;
    }

    /**
     * The OPD head's nominees. Checked here, whatever the form or the timer jobs did: the OPD was called in this
     * period, the window is open on the record and on the clock, every NIP is valid, given once, of an active
     * employee of this OPD not nominated before who meets the period's eligibility rules ({@link EligibilityCheck}:
     * a rule without data does not block), and the OPD's quota holds.
     */
    public List<Nomination> nominate(Long periodId, String opdCode, List<String> nipInputs, String nominatedBy) {
        periods.checkAcceptsNominations(periodId);
        AwardPeriod period = periods.get(periodId);
        Opd opd = opds.findByCode(opdCode).orElseThrow(() -> new ValidationException("nomination.unknown"));
        OpdParticipation participation = participations.lockForNomination(periodId, opd.getId())
                .orElseThrow(() -> ValidationException.forbidden("nomination.opdNotCalled", opd.getName()));
        Set<String> nips = new LinkedHashSet<>();
        for (String input : nipInputs) {
            Nip nip = Nip.parse(input);
            if (!nips.add(nip.value())) {
                throw new ValidationException("nomination.sameNipTwice", nip.formatted());
            }
        }
        if (nips.isEmpty()) {
            throw new ValidationException("nomination.none");
        }
        long alreadyNominated = nominations.countByPeriodIdAndOpdCode(periodId, opdCode);
        if (alreadyNominated + nips.size() > period.getNomineesPerOpd()) {
            throw alreadyNominated == 0
                    ? new ValidationException("nomination.quota", period.getNomineesPerOpd(), nips.size())
                    : new ValidationException("nomination.quotaWithEarlier", period.getNomineesPerOpd(),
                            alreadyNominated, nips.size());
        }
        // read once for all nominees: the employees, their eligibility facts, who of them is already nominated
        Map<String, Employee> byNip = employees.findByNipIn(nips).stream()
                .collect(Collectors.toMap(Employee::getNip, Function.identity()));
        Map<Long, List<RuleResult>> rules = eligibility.of(period, List.copyOf(byNip.values()));
        Set<Long> nominatedBefore = byNip.isEmpty() ? Set.of()
                : nominations.employeesNominated(periodId, byNip.values().stream().map(Employee::getId).toList());
        List<Nomination> created = new ArrayList<>();
        int sequence = (int) alreadyNominated;
        for (String nip : nips) {
            String formatted = Nip.parse(nip).formatted();
            Employee employee = Optional.ofNullable(byNip.get(nip))
                    .orElseThrow(() -> new ValidationException("nomination.unknownEmployee", formatted));
            if (!employee.getOpd().getCode().equals(opdCode)) {
                throw new ValidationException("nomination.otherOpd", formatted, opd.getName());
            }
            Optional<String> refusal = employee.notNominableBecause();
            if (refusal.isPresent()) {
                throw new ValidationException(refusal.get(), formatted, employee.getLegalStatusName());
            }
            Optional<RuleResult> unmet = EligibilityCheck.firstUnmet(rules.get(employee.getId()));
            if (unmet.isPresent()) {
                throw new ValidationException("eligibility.refused", formatted, unmet.get().requirement(),
                        unmet.get().finding(), unmet.get().source());
            }
            if (nominatedBefore.contains(employee.getId())) {
                throw new ValidationException("nomination.duplicate", formatted);
            }
            String code = "%s-%s-%d".formatted(period.getCode(), opdCode.toUpperCase(), ++sequence);
            created.add(nominations.save(new Nomination(code, period, opd, employee, nominatedBy)));
        }
        participation.nominated(nominatedBy);
        LOG.info("OPD {} nominated {} candidate(s) in period {}", opdCode, created.size(), period.getCode());
        return created;
    }

    @Transactional(readOnly = true)
    public List<Long> nominationIds(Long periodId, String opdCode) {
        return nominations.findByPeriodIdAndOpdCodeOrderById(periodId, opdCode).stream().map(Nomination::getId).toList();
    }

    @Transactional(readOnly = true)
    public Nomination get(Long nominationId) {
        return nominations.findById(nominationId).orElseThrow(() -> new ValidationException("nomination.unknown"));
    }

    @Transactional(readOnly = true)
    public String codeOf(Long nominationId) {
        return get(nominationId).getCode();
    }

    /** The nomination whose code is the business key of its NominationProcess instance. */
    @Transactional(readOnly = true)
    public Nomination byCode(String code) {
        return nominations.findByCode(code).orElseThrow(() -> new ValidationException("nomination.unknown"));
    }

    /**
     * The OPD's employees who can be nominated in the period, by name: nominable ({@link Employee#notNominableBecause})
     * and meeting every eligibility rule of the period for which there is data ({@link EligibilityCheck}).
     */
    @Transactional(readOnly = true)
    public List<Employee> candidates(Long periodId, String opdCode) {
        AwardPeriod period = periods.get(periodId);
        List<Employee> nominable = employees.findByOpdCodeAndActiveTrueOrderByName(opdCode).stream()
                .filter(e -> e.notNominableBecause().isEmpty()).toList();
        Map<Long, List<RuleResult>> checked = eligibility.of(period, nominable);
        return nominable.stream().filter(e -> EligibilityCheck.firstUnmet(checked.get(e.getId())).isEmpty()).toList();
    }
}
