package id.sipetruk.organization;

/** What kind of ASN an employee is (SIASN: JENIS PEGAWAI and STATUS CPNS PNS). */
public enum EmploymentType {
    /** a civil servant */
    PNS,
    /** a civil servant candidate (CPNS), not yet appointed PNS: not nominable */
    CPNS,
    /** a government employee with a work agreement */
    PPPK
}
