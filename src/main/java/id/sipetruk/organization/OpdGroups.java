package id.sipetruk.organization;

/** Camunda group ids of an OPD's people; the BPMN builds the same names as opd-${opdCode}-head. */
public final class OpdGroups {

    private OpdGroups() {
    }

    public static String headGroup(String opdCode) { return "opd-" + opdCode + "-head"; }

    public static String adminGroup(String opdCode) { return "opd-" + opdCode + "-admin"; }
}
