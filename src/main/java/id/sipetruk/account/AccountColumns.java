package id.sipetruk.account;

import id.sipetruk.common.TableFile;
import java.util.List;
import java.util.Map;

/** The columns of BKPSDM's account file (docs/data-import.md, "Akun"), by header name. */
public final class AccountColumns {

    public static final String LOGIN = "LOGIN";
    public static final String NAME = "NAMA";
    public static final String EMAIL = "EMAIL";
    public static final String NIP = "NIP";
    public static final String ROLE = "PERAN";
    public static final String OPD = "OPD";
    public static final String STATUS = "STATUS";

    public static final TableFile.Columns COLUMNS = new TableFile.Columns(List.of(LOGIN, NAME, EMAIL, ROLE),
            Map.ofEntries(Map.entry("USERNAME", LOGIN), Map.entry("NAMA PENGGUNA", LOGIN),
                    Map.entry("ID PENGGUNA", LOGIN), Map.entry("USER ID", LOGIN),
                    Map.entry("NAMA LENGKAP", NAME), Map.entry("E-MAIL", EMAIL), Map.entry("SUREL", EMAIL),
                    Map.entry("ALAMAT EMAIL", EMAIL), Map.entry("NIP BARU", NIP), Map.entry("ROLE", ROLE),
                    Map.entry("KODE OPD", OPD), Map.entry("NAMA OPD", OPD), Map.entry("STATUS AKUN", STATUS)));

    private AccountColumns() {
    }
}
