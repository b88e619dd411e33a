package id.sipetruk.identity;

/** Camunda group ids of SI PETRUK's roles. OPD groups: see id.sipetruk.organization.OpdGroups. */
public final class RoleGroups {

    public static final String BKPSDM_ADMIN = "bkpsdm-admin";
    public static final String BKPSDM_VERIFIER = "bkpsdm-verifier";
    public static final String PANEL = "panel";
    public static final String BUPATI = "bupati";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private RoleGroups() {
    }
}
