package id.sipetruk.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file accepted as evidence, recognised by their first bytes, never by their name. */
public enum EvidenceType {
    PDF("application/pdf", "PDF", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "PNG", List.of("png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final String label;
    private final List<String> extensions;
    private final byte[] magic;

    EvidenceType(String contentType, String label, List<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.label = label;
        this.extensions = extensions;
        this.magic = magic;
    }

    /** The type whose signature the content starts with, if any. */
    public static Optional<EvidenceType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    public static Optional<EvidenceType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    public String contentType() { return contentType; }

    /** What a person reads: "PDF", "JPEG", "PNG". */
    public String label() { return label; }

    /** File name extensions (lower case, without the dot) that fit this type; the first is the usual one. */
    public List<String> extensions() { return extensions; }
}
