package id.sipetruk.nomination;

import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.Nip;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.period.OpdParticipationRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    public NominationService(NominationRepository nominations, EmployeeRepository employees, OpdRepository opds,
                             AwardPeriodService periods, OpdParticipationRepository participations) {
        this.nominations = nominations;
        this.employees = employees;
        this.opds = opds;
        this.periods = periods;
        this.participations = participations;
    }

    public List<Nomination> nominate(Long periodId, String opdCode, List<String> nipInputs, String nominatedBy) {
        AwardPeriod period = periods.get(periodId);
        Opd opd = opds.findByCode(opdCode).orElseThrow(() -> new ValidationException("nomination.unknown"));
        Set<String> nips = new LinkedHashSet<>();
        for (String input : nipInputs) {
            nips.add(Nip.parse(input).value());
        }
        if (nips.isEmpty()) {
            throw new ValidationException("nomination.none");
        }
        long alreadyNominated = nominations.countByPeriodIdAndOpdCode(periodId, opdCode);
        if (alreadyNominated + nips.size() > period.getNomineesPerOpd()) {
            throw new ValidationException("nomination.quota", period.getNomineesPerOpd(), alreadyNominated + nips.size());
        }
        List<Nomination> created = new ArrayList<>();
        int sequence = (int) alreadyNominated;
        for (String nip : nips) {
            Employee employee = employees.findByNip(nip)
                    .orElseThrow(() -> new ValidationException("nomination.unknownEmployee", Nip.parse(nip).formatted()));
            if (!employee.getOpd().getCode().equals(opdCode)) {
                throw new ValidationException("nomination.otherOpd", Nip.parse(nip).formatted(), opd.getName());
            }
            if (nominations.existsByPeriodIdAndEmployeeId(periodId, employee.getId())) {
                throw new ValidationException("nomination.duplicate", Nip.parse(nip).formatted());
            }
            String code = "%s-%s-%d".formatted(period.getCode(), opdCode.toUpperCase(), ++sequence);
            created.add(nominations.save(new Nomination(code, period, opd, employee, nominatedBy)));
        }
        participations.findByPeriodIdAndOpdCode(periodId, opdCode).ifPresent(p -> p.nominated(nominatedBy));
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

    @Transactional(readOnly = true)
    public List<Employee> candidates(String opdCode) {
        return employees.findByOpdCodeAndActiveTrueOrderByName(opdCode);
    }

    public void moveTo(Long nominationId, NominationStatus status) {
        get(nominationId).moveTo(status);
    }
}
