package id.sipetruk.decree;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.common.NumberCounters;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.regency.RegencySettingsService;
import java.time.LocalDate;
import java.util.HashSet;
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

/** From the ranking to the awards: BKPSDM's proposal, the SK Bupati, the ceremony and final statuses. */
@Service
@Transactional
public class DecreeService {

    private static final Logger LOG = LoggerFactory.getLogger(DecreeService.class);

    private final DecreeRepository decrees;
    private final NominationRepository nominations;
    private final AwardPeriodService periods;
    private final RegencySettingsService regency;
    private final NumberCounters counters;

    public DecreeService(DecreeRepository decrees, NominationRepository nominations, AwardPeriodService periods,
                         RegencySettingsService regency, NumberCounters counters) {
        this.decrees = decrees;
        this.nominations = nominations;
        this.periods = periods;
        this.regency = regency;
        this.counters = counters;
    }

    /** The finalists in final rank order. */
    @Transactional(readOnly = true)
    public List<Nomination> rankedFinalists(Long periodId) {
        return nominations.findByPeriodIdAndStatusIn(periodId, List.of(NominationStatus.FINALIST)).stream()
                .sorted(Nomination.STANDING).toList();
    }

    /** What BKPSDM is offered: the best finalists within the quota, or the last proposal if it was sent back. */
    @Transactional(readOnly = true)
    public List<String> defaultProposal(Long periodId) {
        return decrees.findFirstByPeriodIdOrderByVersionDesc(periodId)
                .map(d -> d.getAwardees().stream().map(a -> a.getNomination().getCode()).toList())
                .orElseGet(() -> rankedFinalists(periodId).stream()
                        .limit(periods.get(periodId).getAwardeeCount()).map(Nomination::getCode).toList());
    }

    /** A new decree version naming the proposed awardees, in final rank order. */
    public Decree propose(Long periodId, List<String> codes, String by) {
        AwardPeriod period = periods.get(periodId);
        if (period.getStatus() != AwardPeriodStatus.DECREE) {
            throw ValidationException.conflict("period.wrongStatus", period.getCode(), period.getStatus().label(),
                    AwardPeriodStatus.DECREE.label());
        }
        if (codes.isEmpty()) {
            throw new ValidationException("decree.none");
        }
        Map<String, Nomination> finalists = rankedFinalists(periodId).stream()
                .collect(Collectors.toMap(Nomination::getCode, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!finalists.containsKey(code)) {
                throw new ValidationException("decree.notFinalist", code);
            }
            if (!seen.add(code)) {
                throw new ValidationException("decree.duplicate", code);
            }
        }
        if (codes.size() > period.getAwardeeCount()) {
            throw new ValidationException("decree.quota", codes.size(), period.getAwardeeCount());
        }
        int version = decrees.findFirstByPeriodIdOrderByVersionDesc(periodId).map(d -> d.getVersion() + 1).orElse(1);
        Decree decree = new Decree(period, version, by);
        List<Nomination> ordered = codes.stream().map(finalists::get)
                .sorted(Nomination.STANDING).toList();
        for (int i = 0; i < ordered.size(); i++) {
            decree.addAwardee(new DecreeAwardee(decree, ordered.get(i), i + 1, Messages.get("award.title", i + 1)));
        }
        LOG.info("Decree version {} of {} proposed by {} with {} awardees", version, period.getCode(), by, ordered.size());
        return decrees.save(decree);
    }

    /**
     * The Bupati approves the decree: it becomes the period's one approved decree; its number comes with
     * {@link #issue}.
     */
    public void approve(Long decreeId, String by) {
        Decree decree = get(decreeId);
        AwardPeriod period = decree.getPeriod();
        decree.approve(by);
        period.decreeApproved();
        LOG.info("Decree version {} of {} approved by {}", decree.getVersion(), period.getCode(), by);
    }

    /**
     * Issues the period's approved decree: it gets the next number of the regency's decree register for the period's
     * year (never a number another decree has, whatever period). Safe to repeat: a numbered decree keeps its number.
     */
    public Decree issue(Long periodId) {
        Decree decree = approvedDecree(periodId);
        if (decree.getDecreeNumber() == null) {
            int year = decree.getPeriod().getYear();
            int sequence = counters.next("decree-number:" + year,
                    () -> (int) decrees.countByPeriodYearAndDecreeNumberIsNotNull(year));
            decree.number(regency.decreeNumber(sequence, year));
            LOG.info("Decree {} of {} issued", decree.getDecreeNumber(), decree.getPeriod().getCode());
        }
        return decree;
    }

    public void sendBack(Long decreeId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("decision.reasonRequired");
        }
        get(decreeId).sendBack(reason, by);
    }

    /** The ceremony of the period's approved decree; it cannot take place before the decree was fixed. */
    public void recordCeremony(Long periodId, LocalDate date, String place) {
        Decree decree = approvedDecree(periodId);
        LocalDate decreed = decree.getDecidedAt().toLocalDate();
        if (date.isBefore(decreed)) {
            throw new ValidationException("ceremony.beforeDecree", IndonesianDates.date(date), IndonesianDates.date(decreed));
        }
        periods.get(periodId).recordCeremony(date, place);
    }

    /** After the ceremony: every nominee of the period gets a final status. */
    public void completePeriod(Long periodId) {
        Set<Long> awardees = approvedDecree(periodId).getAwardees().stream().map(a -> a.getNomination().getId())
                .collect(Collectors.toSet());
        for (Nomination nomination : nominations.findByPeriodIdOrderById(periodId)) {
            if (awardees.contains(nomination.getId())) {
                nomination.closed(NominationStatus.AWARDEE, Messages.get("final.awardee"));
            } else if (nomination.getStatus() == NominationStatus.FINALIST) {
                nomination.closed(NominationStatus.NOT_AWARDED, Messages.get("final.notAwarded"));
            } else if (nomination.getStatus() == NominationStatus.NOT_SHORTLISTED) {
                nomination.closed(NominationStatus.NOT_SHORTLISTED, Messages.get("final.notShortlisted"));
            }
        }
        periods.get(periodId).complete();
    }

    /** The period's one approved decree (the only one certificates and the ceremony are for). */
    @Transactional(readOnly = true)
    public Decree approvedDecree(Long periodId) {
        return decrees.findByApprovedPeriodId(periodId)
                .orElseThrow(() -> ValidationException.conflict("decree.noneApproved"));
    }

    /** The latest decree version of the period (the one the Bupati decides on, or the last one sent back). */
    @Transactional(readOnly = true)
    public Optional<Decree> latest(Long periodId) {
        return decrees.findFirstByPeriodIdOrderByVersionDesc(periodId);
    }

    @Transactional(readOnly = true)
    public Decree get(Long decreeId) {
        return decrees.findById(decreeId).orElseThrow(() -> new ValidationException("decree.unknown"));
    }
}
