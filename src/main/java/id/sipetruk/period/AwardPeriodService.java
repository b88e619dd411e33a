package id.sipetruk.period;

import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and closing of an award period and its nomination window. */
@Service
@Transactional
public class AwardPeriodService {

    private static final Logger LOG = LoggerFactory.getLogger(AwardPeriodService.class);

    private final AwardPeriodRepository periods;
    private final OpdRepository opds;
    private final OpdParticipationRepository participations;

    public AwardPeriodService(AwardPeriodRepository periods, OpdRepository opds,
                              OpdParticipationRepository participations) {
        this.periods = periods;
        this.opds = opds;
        this.participations = participations;
    }

    public AwardPeriod register(PeriodDefinition definition, String createdBy) {
        if (definition.year() < 2020 || definition.year() > 2100) {
            throw new ValidationException("period.year");
        }
        if (!definition.nominationClosesAt().isAfter(definition.nominationOpensAt())) {
            throw new ValidationException("period.window");
        }
        if (definition.finalistCount() < definition.awardeeCount()) {
            throw new ValidationException("period.finalists", definition.finalistCount(), definition.awardeeCount());
        }
        Rubric rubric = new Rubric(definition.kinerjaThreshold(), definition.disiplinThreshold(),
                definition.instrumentWeight(), definition.panelWeight());
        String code = "PRD-%d-%02d".formatted(definition.year(), periods.countByYear(definition.year()) + 1);
        AwardPeriod period = periods.save(new AwardPeriod(code, definition.year(), definition.title(),
                definition.referenceMonth(), definition.referenceYear(), definition.nominationOpensAt(),
                definition.nominationClosesAt(), definition.nomineesPerOpd(), definition.awardeeCount(),
                definition.finalistCount(), rubric, createdBy));
        LOG.info("Award period {} registered by {}", code, createdBy);
        return period;
    }

    /** Opens the window: every active OPD is called to nominate. Returns the OPD codes, in name order. */
    public List<String> openNominationWindow(Long periodId) {
        AwardPeriod period = get(periodId);
        List<Opd> active = opds.findByActiveTrueOrderByName();
        if (active.isEmpty()) {
            throw new ValidationException("period.noOpd");
        }
        for (Opd opd : active) {
            if (participations.findByPeriodIdAndOpdCode(periodId, opd.getCode()).isEmpty()) {
                participations.save(new OpdParticipation(period, opd));
            }
        }
        period.moveTo(AwardPeriodStatus.NOMINATION_OPEN);
        LOG.info("Nomination window of {} opened for {} OPDs", period.getCode(), active.size());
        return active.stream().map(Opd::getCode).toList();
    }

    /** The window closed before this OPD nominated anybody. */
    public void recordNoNomination(Long periodId, String opdCode) {
        participations.findByPeriodIdAndOpdCode(periodId, opdCode).ifPresent(OpdParticipation::noNomination);
        LOG.info("OPD {} made no nomination in period {}", opdCode, periodId);
    }

    public void moveTo(Long periodId, AwardPeriodStatus status) {
        get(periodId).moveTo(status);
    }

    @Transactional(readOnly = true)
    public AwardPeriod get(Long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new ValidationException("period.unknown"));
    }
}
