package id.sipetruk.regency;

import com.lowagie.text.Image;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The rules for a regency logo: PNG or JPEG by content (never by name), at most 500 KB and 4,000 × 4,000 pixels,
 * readable.
 */
public final class RegencyLogo {

    /** 500 KB. */
    public static final long MAX_BYTES = 500 * 1024;
    /** The largest width or height in pixels (a letterhead logo is printed about 2 cm wide). */
    static final int MAX_SIDE = 4000;

    private RegencyLogo() {
    }

    /** "image/png" or "image/jpeg" by the first bytes, else empty. */
    public static Optional<String> contentType(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /**
     * The message key of what is wrong with a logo, or empty if it may be used: the type, then the size, then
     * whether both Java's image reader and the PDF library can read it (so a document never fails on it later).
     */
    public static Optional<String> problem(byte[] content) {
        if (contentType(content).isEmpty()) {
            return Optional.of("settings.logo.type");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("settings.logo.size");
        }
        try {
            if (!withinDimensions(content)) {
                return Optional.of("settings.logo.dimensions");
            }
            if (ImageIO.read(new ByteArrayInputStream(content)) == null) {
                return Optional.of("settings.logo.unreadable");
            }
            Image.getInstance(content);
        } catch (IOException | RuntimeException e) {
            return Optional.of("settings.logo.unreadable");
        }
        return Optional.empty();
    }

    /**
     * Whether the width and height the image declares in its header fit {@link #MAX_SIDE}: read without decoding the
     * pixels, so that a small file that declares a huge picture never makes the server allocate it.
     */
    private static boolean withinDimensions(byte[] content) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) <= MAX_SIDE && reader.getHeight(0) <= MAX_SIDE;
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
