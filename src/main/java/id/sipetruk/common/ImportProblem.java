package id.sipetruk.common;

/**
 * A row or column of an imported file that cannot be used, with the reason in Bahasa Indonesia.
 *
 * @param baris the row number as a spreadsheet shows it (the header is row 1)
 * @param kolom the column's name in the file, or "" for the file as a whole
 */
public record ImportProblem(int baris, String kolom, String pesan) {
}
