package id.sipetruk.organization;

import id.sipetruk.common.TableFile;
import java.util.List;
import java.util.Map;

/**
 * The columns SI PETRUK reads from a discipline file: SIASN's riwayat hukuman disiplin, or a regency's own sheet of
 * it. What each means: docs/data-import.md, "Disiplin".
 */
final class DisciplineColumns {

    static final String NIP = "NIP";
    static final String PENALTY_TYPE = "JENIS HUKUMAN";
    static final String LEVEL = "TINGKAT";
    static final String STARTS_ON = "TMT HUKUMAN";
    static final String ENDS_ON = "AKHIR HUKUMAN";
    static final String DECREE_NUMBER = "NOMOR SK";

    /** Without NIP, kind, level and start a penalty cannot be placed or weighed; the names exports use besides. */
    static final TableFile.Columns COLUMNS = new TableFile.Columns(
            List.of(NIP, PENALTY_TYPE, LEVEL, STARTS_ON),
            Map.ofEntries(
                    Map.entry("NIP BARU", NIP),
                    Map.entry("JENIS HUKUMAN NAMA", PENALTY_TYPE),
                    Map.entry("JENIS HUKUMAN DISIPLIN", PENALTY_TYPE),
                    Map.entry("HUKUMAN", PENALTY_TYPE),
                    Map.entry("TINGKAT HUKUMAN", LEVEL),
                    Map.entry("TINGKAT HUKUMAN DISIPLIN", LEVEL),
                    Map.entry("TMT", STARTS_ON),
                    Map.entry("TMT HUKUMAN DISIPLIN", STARTS_ON),
                    Map.entry("TANGGAL HUKUMAN", STARTS_ON),
                    Map.entry("AKHIR HUKUMAN TANGGAL", ENDS_ON),
                    Map.entry("TANGGAL AKHIR HUKUMAN", ENDS_ON),
                    Map.entry("MASA BERAKHIR HUKUMAN", ENDS_ON),
                    Map.entry("NO SK", DECREE_NUMBER),
                    Map.entry("NOMOR SK HUKUMAN", DECREE_NUMBER),
                    Map.entry("SK NOMOR", DECREE_NUMBER)));

    private DisciplineColumns() {
    }
}
