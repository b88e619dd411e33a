package id.sipetruk.verification;

import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationDecision;
import id.sipetruk.nomination.NominationDecision.Outcome;
import id.sipetruk.nomination.NominationDecision.Stage;
import id.sipetruk.nomination.NominationDecisionRepository;
import id.sipetruk.nomination.NominationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** BKPSDM's internal verification of eligibility and data. */
@Service
@Transactional
public class VerificationService {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationService.class);

    private final NominationService nominations;
    private final NominationDecisionRepository decisions;

    public VerificationService(NominationService nominations, NominationDecisionRepository decisions) {
        this.nominations = nominations;
        this.decisions = decisions;
    }

    public void decide(Long nominationId, VerificationOutcome outcome, String reason, String verifier) {
        if (outcome != VerificationOutcome.ELIGIBLE && (reason == null || reason.isBlank())) {
            throw new ValidationException("decision.reasonRequired");
        }
        Nomination nomination = nominations.get(nominationId);
        Outcome recorded = switch (outcome) {
            case ELIGIBLE -> {
                nomination.verifiedEligible();
                yield Outcome.ELIGIBLE;
            }
            case SEND_BACK -> {
                nomination.returnedByBkpsdm();
                yield Outcome.SENT_BACK;
            }
            case REJECTED -> {
                nomination.rejected(reason);
                yield Outcome.REJECTED;
            }
        };
        decisions.save(new NominationDecision(nomination, Stage.VERIFICATION, recorded, reason, verifier));
        LOG.info("Nomination {} verified by {}: {}", nomination.getCode(), verifier, outcome);
    }
}
