package id.sipetruk.web;

/** The page's subject (document, nomination, period) does not exist; answered with the 404 page. */
public class PageNotFoundException extends RuntimeException {

    private final String what;

    public PageNotFoundException(String what) {
        super(what + " tidak ditemukan");
        this.what = what;
    }

    /** What was asked for, in Indonesian: "Dokumen 17", "Berkas nominasi X". */
    public String what() {
        return what;
    }
}
