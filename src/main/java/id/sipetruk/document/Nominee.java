package id.sipetruk.document;

import id.sipetruk.organization.Employee;

/** A person as the documents print him or her: name with titles, NIP grouped, position, OPD. */
public record Nominee(String name, String nip, String position, String opdName) {

    public static Nominee of(Employee employee, String opdName) {
        return new Nominee(employee.getName(), employee.formattedNip(), employee.getPosition(), opdName);
    }
}
