package id.sipetruk.common;

/**
 * One kind of file BKPSDM imports (employees, performance, discipline, accounts). It only reads the file and
 * writes what it holds; {@link ImportRunner} gives it a transaction and rolls it back for a preview or when "all
 * or nothing" meets a bad row. Each kind gets the page {@code /impor/{kind}} and the API
 * {@code POST /api/impor/{kind}}, titled by the messages {@code import.{kind}.title} and {@code import.{kind}.help}.
 */
public interface TableImport {

    /** The word in the addresses: "pegawai", "kinerja"… */
    String kind();

    /**
     * Applies the file inside the runner's transaction.
     *
     * @return the counts; {@code diterapkan} false when the file as a whole was refused (nothing to write)
     */
    ImportResult apply(byte[] file);

    /**
     * {@link #apply(byte[])}, reporting how many rows are done as it goes; a kind that does not report simply
     * applies the file.
     */
    default ImportResult apply(byte[] file, ImportProgress progress) {
        return apply(file);
    }
}
