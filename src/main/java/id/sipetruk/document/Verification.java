package id.sipetruk.document;

/**
 * What a PDF prints to be checked: the verification code and the public address that checks it (also in the
 * QR code).
 *
 * @param code the code without dashes, e.g. "3F9A1C2B7D4E88A0"
 * @param url e.g. "https://sipetruk.example.go.id/verifikasi/3F9A-1C2B-7D4E-88A0"
 */
public record Verification(String code, String url) {

    /** The verification of a code on the public page under {@code publicUrl} (no trailing slash needed). */
    public static Verification of(String code, String publicUrl) {
        String base = publicUrl == null ? "" : publicUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new Verification(code, base + "/verifikasi/" + VerificationCode.grouped(code));
    }

    /** "3F9A-1C2B-7D4E-88A0" */
    public String grouped() {
        return VerificationCode.grouped(code);
    }
}
