package id.sipetruk.account;

import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A role as BKPSDM writes it in the PERAN column of the account file, and the Camunda group it stands for. The
 * words are matched without regard to case, spaces, '-' or '_'; the group id itself is accepted too.
 */
public enum AccountRole {

    OPD_HEAD(OpdGroups::headGroup, "kepala opd", "kepala", "kepala dinas", "kepala badan", "pimpinan opd"),
    OPD_ADMIN(OpdGroups::adminGroup, "admin opd", "admin kepegawaian", "admin kepegawaian opd", "operator opd",
            "pengelola kepegawaian"),
    BKPSDM_ADMIN(opd -> RoleGroups.BKPSDM_ADMIN, "admin bkpsdm", "bkpsdm admin", "administrator bkpsdm"),
    BKPSDM_VERIFIER(opd -> RoleGroups.BKPSDM_VERIFIER, "verifikator", "verifikator bkpsdm", "bkpsdm verifier",
            "tim verifikasi", "tim verifikasi internal"),
    PANEL(opd -> RoleGroups.PANEL, "panel", "juri", "penilai", "tim penilai", "tim penilai eksternal"),
    BUPATI(opd -> RoleGroups.BUPATI, "bupati", "penetap keputusan"),
    /** Camunda's administrators: only an administrator may give it through the import. */
    ADMINISTRATOR(opd -> RoleGroups.CAMUNDA_ADMIN, "administrator", "administrator sistem", "admin sistem",
            "camunda admin");

    private final Function<String, String> group;
    private final List<String> words;

    AccountRole(Function<String, String> group, String... words) {
        this.group = group;
        this.words = List.of(words);
    }

    /** The role a word of the file names, if any. */
    public static Optional<AccountRole> of(String word) {
        String normalized = normalize(word);
        return Arrays.stream(values()).filter(role -> role.words.contains(normalized)).findFirst();
    }

    /** Whether the role is held in one OPD (its head or HR admin), so that the row needs the OPD. */
    public boolean perOpd() {
        return this == OPD_HEAD || this == OPD_ADMIN;
    }

    /** The Camunda group of the role; {@code opdCode} only for a role {@link #perOpd() per OPD}. */
    public String group(String opdCode) {
        return group.apply(opdCode);
    }

    /** The first word of each role, for the message that lists them. */
    public static String knownWords() {
        return String.join(", ", Arrays.stream(values()).map(role -> role.words.get(0)).toList());
    }

    /** Whether a group is one the account import manages: a regency role or an OPD group, not camunda-admin. */
    public static boolean managedGroup(String groupId) {
        return RoleGroups.isOpdGroup(groupId) || RoleGroups.ALL.stream()
                .anyMatch(role -> role.id().equals(groupId) && !role.id().equals(RoleGroups.CAMUNDA_ADMIN));
    }

    private static String normalize(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
