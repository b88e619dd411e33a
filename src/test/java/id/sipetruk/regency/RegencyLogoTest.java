package id.sipetruk.regency;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.demo.DemoLogo;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** A logo is checked by what it is, and a small file that declares a huge picture is refused before it is decoded. */
class RegencyLogoTest {

    @Test
    void aSmallFileDeclaringAHugePicture_isRefusedWithoutDecodingIt() throws IOException {
        byte[] bomb = pngHeader(100_000, 100_000);
        assertThat(bomb.length).isLessThan(100);
        assertThat(RegencyLogo.problem(bomb)).contains("settings.logo.dimensions");
        assertThat(RegencyLogo.problem(DemoLogo.draw())).isEmpty();
    }

    /** The PNG signature and a valid IHDR chunk (8-bit RGBA), and nothing else. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(chunk);
        ihdr.write("IHDR".getBytes(StandardCharsets.US_ASCII));
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {8, 6, 0, 0, 0});
        byte[] typeAndData = chunk.toByteArray();
        data.writeInt(typeAndData.length - 4);
        data.write(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        data.writeInt((int) crc.getValue());
        return out.toByteArray();
    }
}
