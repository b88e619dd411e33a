package id.sipetruk.organization;

import java.util.List;

/**
 * Camunda group ids of SI PETRUK's regency-wide roles (see docs/domain.md, "Roles"). The groups of one OPD
 * (head and HR admin) are named by {@link OpdGroups}. BPMN candidate groups and Tasklist filters use these ids.
 */
public final class RoleGroups {

    /** Admin BKPSDM: opens award periods, sets dates, quotas and the rubric; monitors in Cockpit. */
    public static final String BKPSDM_ADMIN = "bkpsdm-admin";
    /** Tim Verifikasi Internal BKPSDM: checks eligibility and data; sends back or disqualifies. */
    public static final String BKPSDM_VERIFIER = "bkpsdm-verifier";
    /** Tim Penilai Eksternal: scores each finalist's presentation and interview independently. */
    public static final String PANEL = "panel";
    /** Bupati: determines the awardees by decree (SK Bupati). */
    public static final String BUPATI = "bupati";
    /** Camunda's own administrators group (Admin webapp); a SYSTEM group, not a business role. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /** Camunda group type of business roles. */
    public static final String TYPE_WORKFLOW = "WORKFLOW";
    /** Camunda group type of technical groups. */
    public static final String TYPE_SYSTEM = "SYSTEM";

    /** A role group as it is created in Camunda. */
    public record RoleGroup(String id, String name, String type) {
    }

    /** Every regency-wide role group, in the order they are created. */
    public static final List<RoleGroup> ALL = List.of(
            new RoleGroup(BKPSDM_ADMIN, "Admin BKPSDM", TYPE_WORKFLOW),
            new RoleGroup(BKPSDM_VERIFIER, "Tim Verifikasi Internal BKPSDM", TYPE_WORKFLOW),
            new RoleGroup(PANEL, "Tim Penilai Eksternal", TYPE_WORKFLOW),
            new RoleGroup(BUPATI, "Bupati (penetap keputusan)", TYPE_WORKFLOW),
            new RoleGroup(CAMUNDA_ADMIN, "Administrator Camunda", TYPE_SYSTEM));

    private RoleGroups() {
    }

    /** Display name of an OPD head group, e.g. "Kepala Dinas Pendidikan". */
    public static String opdHeadGroupName(String opdName) {
        return "Kepala " + opdName;
    }

    /** Display name of an OPD HR-admin group, e.g. "Admin Kepegawaian Dinas Pendidikan". */
    public static String opdAdminGroupName(String opdName) {
        return "Admin Kepegawaian " + opdName;
    }

    /** Whether a group id is an OPD group (opd-&lt;code&gt;-head or opd-&lt;code&gt;-admin). */
    public static boolean isOpdGroup(String groupId) {
        return groupId != null && groupId.startsWith("opd-")
                && (groupId.endsWith("-head") || groupId.endsWith("-admin"));
    }
}
