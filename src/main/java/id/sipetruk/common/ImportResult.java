package id.sipetruk.common;

import java.util.List;

/**
 * What an import did or, as a preview, would do; the API answers it as JSON, the import page shows it.
 *
 * @param galat      how many rows were refused
 * @param kesalahan  every problem, by row and column
 * @param catatan    what else the import does, in words (the OPDs it creates, say)
 * @param diterapkan whether anything was written
 */
public record ImportResult(int baru, int berubah, int tetap, int dinonaktifkan, int galat,
                           List<ImportProblem> kesalahan, List<String> catatan, boolean diterapkan) {

    /** A file refused as a whole: unreadable, or a required column missing. */
    public static ImportResult refused(List<ImportProblem> problems) {
        return new ImportResult(0, 0, 0, 0, problems.size(), problems, List.of(), false);
    }

    public ImportResult notWritten() {
        return new ImportResult(baru, berubah, tetap, dinonaktifkan, galat, kesalahan, catatan, false);
    }
}
