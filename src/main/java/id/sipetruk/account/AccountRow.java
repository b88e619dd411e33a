package id.sipetruk.account;

import java.util.List;
import java.util.Set;

/**
 * One good row of the account file.
 *
 * @param nip    null when the cell is empty (the login keeps its NIP)
 * @param active null when the file says nothing (the login keeps its state; a new one is active)
 * @param groups the Camunda groups of the roles (and OPD)
 */
record AccountRow(int row, String login, String name, String firstName, String lastName, String email, String nip,
                  Set<AccountRole> roles, List<String> groups, Boolean active) {
}
