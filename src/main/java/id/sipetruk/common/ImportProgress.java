package id.sipetruk.common;

/**
 * How far an import has come: the rows of the file handled so far. A {@link TableImport} may report it while it
 * works (the import page shows it); one that does not simply shows none.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Reports nothing. */
    ImportProgress NONE = (done, total) -> {
    };

    /**
     * @param done  rows handled so far
     * @param total the file's rows (without the header)
     */
    void rows(int done, int total);
}
