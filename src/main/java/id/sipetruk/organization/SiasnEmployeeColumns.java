package id.sipetruk.organization;

import id.sipetruk.common.TableFile;
import java.util.List;
import java.util.Map;

/**
 * The columns SI PETRUK reads from BKN SIASN's "Export Data ASN" (CSV or XLSX, about 65 columns; the others are
 * ignored). What each means: docs/data-import.md.
 */
final class SiasnEmployeeColumns {

    static final String NIP = "NIP BARU";
    static final String NAME = "NAMA";
    static final String TITLE_BEFORE = "GELAR DEPAN";
    static final String TITLE_AFTER = "GELAR BELAKANG";
    static final String EMPLOYEE_TYPE = "JENIS PEGAWAI NAMA";
    static final String LEGAL_STATUS_ID = "KEDUDUKAN HUKUM ID";
    static final String LEGAL_STATUS_NAME = "KEDUDUKAN HUKUM NAMA";
    static final String CPNS_OR_PNS = "STATUS CPNS PNS";
    static final String GRADE = "GOL AKHIR NAMA";
    static final String POSITION = "JABATAN NAMA";
    static final String UNOR_ID = "UNOR ID";
    static final String UNOR_NAME = "UNOR NAMA";
    static final String WORK_UNIT = "SATUAN KERJA KERJA NAMA";
    static final String SERVICE_START = "TMT CPNS";

    /** Without NIP, name and unit a row cannot be placed; reduced exports use other names for some columns. */
    static final TableFile.Columns COLUMNS = new TableFile.Columns(
            List.of(NIP, NAME, UNOR_ID, UNOR_NAME),
            Map.of("NIP", NIP, "NAMA UNOR", UNOR_NAME, "SATUAN KERJA NAMA", WORK_UNIT, "JABATAN", POSITION,
                    "GOLONGAN", GRADE));

    private SiasnEmployeeColumns() {
    }
}
