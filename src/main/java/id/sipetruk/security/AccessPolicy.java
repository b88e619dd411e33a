package id.sipetruk.security;

import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriodStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see what on SI PETRUK's own pages and downloads, checked on the server for every request (the
 * Camunda side is guarded by Camunda's authorizations, see {@link AuthorizationSetup}):
 * <ul>
 *   <li>a nomination (dossier, evidence, assessment result, its preview): its own OPD's head and HR admin,
 *       BKPSDM, the Bupati's role, administrators; a panel member only for a finalist while the panel scores;</li>
 *   <li>evidence changes: the nomination's own OPD (the service also checks that the OPD still holds it);</li>
 *   <li>a period (overview, ranking, decree, minutes, recapitulation): BKPSDM, the Bupati's role,
 *       administrators; its audit trail: BKPSDM and administrators;</li>
 *   <li>a certificate: as a period, and the awardee's own OPD.</li>
 * </ul>
 * A refusal is an {@link AccessDeniedException}: 403 with an Indonesian page, and a line in the log.
 */
@Component
@Transactional(readOnly = true)
public class AccessPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(AccessPolicy.class);

    private final NominationRepository nominations;

    public AccessPolicy(NominationRepository nominations) {
        this.nominations = nominations;
    }

    /** Whether the viewer may see this nomination (true when there is no such nomination: the page answers 404). */
    public boolean maySeeNomination(Viewer viewer, String nominationCode) {
        return nominations.findByCode(nominationCode).map(n -> maySee(viewer, n)).orElse(true);
    }

    /** Whether the viewer may add or remove this nomination's evidence. */
    public boolean mayChangeEvidence(Viewer viewer, String nominationCode) {
        return nominations.findByCode(nominationCode)
                .map(n -> viewer.worksFor(n.getOpd().getCode()) || viewer.isAdministrator()).orElse(true);
    }

    /** Panel scores: BKPSDM and the Bupati's role only (panel members score independently; OPDs wait for the decree). */
    public boolean maySeePanelScores(Viewer viewer) {
        return viewer.seesAllOpds();
    }

    public boolean maySeePeriod(Viewer viewer) {
        return viewer.seesAllOpds();
    }

    /** A stage's deadline of a period (docs/process.md, "Timeline and due dates"): BKPSDM's admins and administrators. */
    public boolean mayChangeTimeline(Viewer viewer) {
        return viewer.isAdministrator() || viewer.in(RoleGroups.BKPSDM_ADMIN);
    }

    /**
     * A period's progress page (who holds which task, since when, overdue; reminders): BKPSDM's admins and
     * administrators, like the timeline.
     */
    public boolean mayWatchProgress(Viewer viewer) {
        return viewer.isAdministrator() || viewer.in(RoleGroups.BKPSDM_ADMIN);
    }

    /** The audit trail of a period: BKPSDM and administrators. */
    public boolean mayExportAuditTrail(Viewer viewer) {
        return viewer.isAdministrator() || viewer.in(RoleGroups.BKPSDM_ADMIN) || viewer.in(RoleGroups.BKPSDM_VERIFIER);
    }

    public boolean maySeeDocument(Viewer viewer, GeneratedDocument document) {
        return switch (document.getType()) {
            case ASSESSMENT_RESULT -> nominations.findByCode(document.getSubjectCode())
                    .map(n -> maySee(viewer, n)).orElse(viewer.seesAllOpds());
            case CERTIFICATE -> viewer.seesAllOpds() || nominations.findByCode(document.getSubjectCode())
                    .map(n -> viewer.worksFor(n.getOpd().getCode())).orElse(false);
            default -> maySeePeriod(viewer);
        };
    }

    private static boolean maySee(Viewer viewer, Nomination nomination) {
        return viewer.seesAllOpds() || viewer.worksFor(nomination.getOpd().getCode())
                || panelMaySee(viewer, nomination);
    }

    /** Panel members score finalists independently: they see a finalist only while the panel scores. */
    private static boolean panelMaySee(Viewer viewer, Nomination nomination) {
        return viewer.in(RoleGroups.PANEL) && nomination.getStatus() == NominationStatus.FINALIST
                && nomination.getPeriod().getStatus() == AwardPeriodStatus.PANEL_ASSESSMENT;
    }

    /** Throws (403) unless {@code allowed}; logs who was refused what. */
    public static void require(boolean allowed, Viewer viewer, String what) {
        if (!allowed) {
            LOG.warn("Access refused: user '{}' (groups {}) to {}", viewer.userId(), viewer.groups(), what);
            throw new AccessDeniedException("Anda tidak berhak membuka " + what + ".");
        }
    }
}
