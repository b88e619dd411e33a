package id.sipetruk.decree;

import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.period.AwardPeriodStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.sipetruk.document.RegencySettingsService;
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

    public DecreeService(DecreeRepository decrees, NominationRepository nominations, AwardPeriodService periods,
                         RegencySettingsService regency) {
        this.decrees = decrees;
        this.nominations = nominations;
        this.periods = periods;
        this.regency = regency;
    }

    /** The finalists in final rank order. */
    @Transactional(readOnly = true)
    public List<Nomination> rankedFinalists(Long periodId) {
        return nominations.findByPeriodIdAndStatusIn(periodId, List.of(NominationStatus.FINALIST)).stream()
                .sorted(Comparator.comparing(Nomination::getFinalRank, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
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
        if (codes.isEmpty()) {
            throw new ValidationException("decree.none");
        }
        if (codes.size() > period.getAwardeeCount()) {
            throw new ValidationException("decree.quota", codes.size(), period.getAwardeeCount());
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
        int version = decrees.findFirstByPeriodIdOrderByVersionDesc(periodId).map(d -> d.getVersion() + 1).orElse(1);
        Decree decree = new Decree(period, version, by);
        List<Nomination> ordered = codes.stream().map(finalists::get)
                .sorted(Comparator.comparing(Nomination::getFinalRank)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            decree.addAwardee(new DecreeAwardee(decree, ordered.get(i), i + 1, Messages.get("award.title", i + 1)));
        }
        LOG.info("Decree version {} of {} proposed by {} with {} awardees", version, period.getCode(), by, ordered.size());
        return decrees.save(decree);
    }

    public void approve(Long decreeId, String by) {
        Decree decree = get(decreeId);
        AwardPeriod period = decree.getPeriod();
        long approvedBefore = decrees.findByPeriodIdOrderByVersion(period.getId()).stream()
                .filter(d -> d.getStatus() == DecreeStatus.APPROVED).count();
        String number = regency.decreeNumber((int) approvedBefore + 1, period.getYear());
        decree.approve(number, by);
        period.moveTo(AwardPeriodStatus.CEREMONY);
        LOG.info("Decree {} of {} approved by {}", number, period.getCode(), by);
    }

    public void sendBack(Long decreeId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("decision.reasonRequired");
        }
        get(decreeId).sendBack(reason, by);
    }

    public void recordCeremony(Long periodId, LocalDate date, String place) {
        periods.get(periodId).recordCeremony(date, place);
    }

    /** After the ceremony: every nominee of the period gets a final status. */
    public void completePeriod(Long periodId, Long approvedDecreeId) {
        Set<Long> awardees = get(approvedDecreeId).getAwardees().stream().map(a -> a.getNomination().getId())
                .collect(Collectors.toSet());
        for (Nomination nomination : nominations.findByPeriodIdOrderById(periodId)) {
            if (awardees.contains(nomination.getId())) {
                nomination.close(NominationStatus.AWARDEE, Messages.get("final.awardee"));
            } else if (nomination.getStatus() == NominationStatus.FINALIST) {
                nomination.close(NominationStatus.NOT_AWARDED, Messages.get("final.notAwarded"));
            } else if (nomination.getStatus() == NominationStatus.NOT_SHORTLISTED) {
                nomination.close(NominationStatus.NOT_SHORTLISTED, Messages.get("final.notShortlisted"));
            }
        }
        periods.moveTo(periodId, AwardPeriodStatus.COMPLETED);
    }

    @Transactional(readOnly = true)
    public Decree get(Long decreeId) {
        return decrees.findById(decreeId).orElseThrow();
    }
}
