package id.sipetruk.period;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.NumberCounters;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import java.time.Clock;
import java.time.LocalDateTime;
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
    private final NumberCounters counters;
    private final Clock clock;

    public AwardPeriodService(AwardPeriodRepository periods, OpdRepository opds,
                              OpdParticipationRepository participations, NumberCounters counters, Clock clock) {
        this.clock = clock;
        this.periods = periods;
        this.opds = opds;
        this.participations = participations;
        this.counters = counters;
    }

    /** Checks the period's own rules (docs/process.md, "The period's rules") and stores it with a new code. */
    public AwardPeriod register(PeriodDefinition definition, String createdBy) {
        if (definition.year() < 2020 || definition.year() > 2100) {
            throw new ValidationException("period.year");
        }
        if (!definition.nominationClosesAt().isAfter(definition.nominationOpensAt())) {
            throw new ValidationException("period.window");
        }
        if (!definition.nominationClosesAt().isAfter(LocalDateTime.now(clock))) {
            throw new ValidationException("period.closesInPast");
        }
        definition.timeline().checkOrder(definition.nominationClosesAt());
        if (definition.finalistCount() < definition.awardeeCount()) {
            throw new ValidationException("period.finalists", definition.finalistCount(), definition.awardeeCount());
        }
        long activeOpds = opds.findByActiveTrueOrderByName().size();
        long nominees = activeOpds * definition.nomineesPerOpd();
        if (definition.finalistCount() > nominees) {
            throw new ValidationException("period.finalistsExceedNominees", definition.finalistCount(), activeOpds,
                    definition.nomineesPerOpd(), nominees);
        }
        long sameYear = periods.countByYear(definition.year());
        if (sameYear > 0 && !definition.additional()) {
            throw new ValidationException("period.secondInYear", definition.year(), sameYear);
        }
        Rubric rubric = new Rubric(definition.kinerjaThreshold(), definition.disiplinThreshold(),
                definition.instrumentWeight(), definition.panelWeight());
        rubric.scoreKinerjaBy(definition.kinerjaMeasure(), definition.lowestPredikat().andBetter());
        int number = counters.next("period-code:" + definition.year(), () -> (int) sameYear);
        String code = "PRD-%d-%02d".formatted(definition.year(), number);
        AwardPeriod period = periods.save(new AwardPeriod(code, definition.year(), definition.title(),
                definition.referenceMonth(), definition.referenceYear(), definition.nominationOpensAt(),
                definition.nominationClosesAt(), definition.nomineesPerOpd(), definition.awardeeCount(),
                definition.finalistCount(), rubric, definition.eligibility(), definition.timeline(), createdBy));
        LOG.info("Award period {} registered by {}{}", code, createdBy, definition.additional() ? " (additional)" : "");
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
        period.openNomination();
        LOG.info("Nomination window of {} opened for {} OPDs", period.getCode(), active.size());
        return active.stream().map(Opd::getCode).toList();
    }

    /** The window closed before this OPD nominated anybody. */
    public void recordNoNomination(Long periodId, String opdCode) {
        participations.findByPeriodIdAndOpdCode(periodId, opdCode).ifPresent(OpdParticipation::noNomination);
        LOG.info("OPD {} made no nomination in period {}", opdCode, periodId);
    }

    /**
     * BKPSDM closed the window before its closing time. Recorded in the period, in the transaction that completes
     * BKPSDM's task, under the period row's lock: from its commit on no nomination gets in
     * ({@link #checkAcceptsNominations}), even while the signal that ends the OPDs' tasks still waits in its
     * asynchronous continuation (a crash in between leaves the continuation's job, which a restarted node runs).
     */
    public void closeNominationEarly(Long periodId) {
        periods.lockedStatus(periodId);
        AwardPeriod period = get(periodId);
        period.closeNomination();
        periods.saveAndFlush(period);
    }

    /**
     * Refuses (409) a nomination unless the period's record, read under a shared lock of its row, says the window is
     * open and its closing time has not passed, whatever state the engine's tasks are in. The lock is held to the end
     * of the nominating transaction: nominations run side by side (one OPD's one after the other, by the lock of its
     * participation), an early close waits for them, and a nomination that comes after the close sees it.
     */
    public void checkAcceptsNominations(Long periodId) {
        AwardPeriodStatus status = periods.sharedLockedStatus(periodId);
        if (status == null) {
            throw new ValidationException("period.unknown");
        }
        AwardPeriod period = get(periodId);
        if (status != AwardPeriodStatus.NOMINATION_OPEN) {
            if (status == AwardPeriodStatus.NOMINATION_CLOSED
                    && LocalDateTime.now(clock).isBefore(period.getNominationClosesAt())) {
                throw ValidationException.conflict("nomination.windowClosedEarly");
            }
            throw ValidationException.conflict("nomination.windowClosed",
                    IndonesianDates.dateTime(period.getNominationClosesAt()));
        }
        if (!LocalDateTime.now(clock).isBefore(period.getNominationClosesAt())) {
            throw ValidationException.conflict("nomination.windowClosed",
                    IndonesianDates.dateTime(period.getNominationClosesAt()));
        }
    }

    /** Whether the OPD was called to nominate in this period (it has a participation record). */
    @Transactional(readOnly = true)
    public boolean isCalled(Long periodId, String opdCode) {
        return participations.findByPeriodIdAndOpdCode(periodId, opdCode).isPresent();
    }

    /** The period whose code is the business key of its AwardPeriodProcess instance. */
    @Transactional(readOnly = true)
    public AwardPeriod byCode(String code) {
        return periods.findByCode(code).orElseThrow(() -> new ValidationException("period.unknown"));
    }

    @Transactional(readOnly = true)
    public AwardPeriod get(Long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new ValidationException("period.unknown"));
    }
}
