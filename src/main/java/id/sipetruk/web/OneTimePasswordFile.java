package id.sipetruk.web;

import id.sipetruk.account.AccountImport;
import id.sipetruk.account.IssuedPassword;
import id.sipetruk.account.PasswordHandOver;
import id.sipetruk.common.TableImport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The one-time passwords of an account import: who receives them, and the CSV BKPSDM downloads once. */
final class OneTimePasswordFile {

    private OneTimePasswordFile() {
    }

    /** The import to run: the account import hands its one-time passwords over; any other import is itself. */
    static TableImport handingOver(TableImport importer, PasswordHandOver handOver) {
        return importer instanceof AccountImport accounts ? accounts.handingOverTo(handOver) : importer;
    }

    /** LOGIN, NAMA, KATA SANDI SEKALI PAKAI; UTF-8 with a byte-order mark so that Excel reads the names. */
    static ResponseEntity<byte[]> download(List<IssuedPassword> issued) {
        StringWriter csv = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder()
                .setHeader("LOGIN", "NAMA", "KATA SANDI SEKALI PAKAI").get())) {
            for (IssuedPassword password : issued) {
                printer.printRecord(password.login(), password.name(), password.password());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kata-sandi-sekali-pakai.csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
