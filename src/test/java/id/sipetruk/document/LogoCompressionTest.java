package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The logo's pixels are compressed once, not in every document (PdfKit.compressedOnce): the PDF shows the same pixels
 * and the same transparency as OpenPDF's own way, and is no larger.
 */
class LogoCompressionTest {

    @Test
    void aLogoWithSoftEdges_printsTheSamePixelsAndSoftMask_asOpenPdfsOwnWay() throws Exception {
        assertSamePictures(emblem(true), 2);
    }

    @Test
    void aLogoWithHardEdges_printsTheSamePixelsAndColourKey_asOpenPdfsOwnWay() throws Exception {
        assertSamePictures(emblem(false), 1);
    }

    private static void assertSamePictures(byte[] png, int images) throws Exception {
        byte[] ownWay = pdfWith(Image.getInstance(png));
        byte[] compressedOnce = pdfWith(PdfKit.logo(png, 60));

        List<Picture> expected = pictures(ownWay);
        List<Picture> actual = pictures(compressedOnce);
        assertThat(expected).as("the image, and its soft mask if it has one").hasSize(images);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).dictionary()).isEqualTo(expected.get(i).dictionary());
            assertThat(actual.get(i).pixels()).as("decoded pixels of " + actual.get(i).dictionary())
                    .isEqualTo(expected.get(i).pixels());
        }
        assertThat(compressedOnce.length).isLessThanOrEqualTo(ownWay.length);
    }

    @Test
    void theSecondDocument_reusesTheCompressedPixels() throws Exception {
        byte[] png = emblem(true);
        Image first = PdfKit.logo(png, 60);
        Image second = PdfKit.logo(png, 40);
        assertThat(first.isDeflated()).isTrue();
        assertThat(second.getRawData()).isSameAs(first.getRawData());
        assertThat(second.getImageMask().getRawData()).isSameAs(first.getImageMask().getRawData());
    }

    private record Picture(String dictionary, byte[] pixels) {
    }

    /** Every image XObject: its width, height, colour space, bits and filter, and its pixels decoded. */
    private static List<Picture> pictures(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        List<Picture> pictures = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
                pictures.add(new Picture(describe(stream), PdfReader.getStreamBytes(stream)));
            }
        }
        reader.close();
        pictures.sort((a, b) -> a.dictionary().compareTo(b.dictionary()));
        return pictures;
    }

    private static String describe(PdfDictionary image) {
        return image.get(PdfName.WIDTH) + "x" + image.get(PdfName.HEIGHT) + " " + image.get(PdfName.COLORSPACE) + " "
                + image.get(PdfName.BITSPERCOMPONENT) + " " + image.get(PdfName.FILTER) + " smask "
                + (image.get(PdfName.SMASK) != null) + " colour key " + image.get(PdfName.MASK);
    }

    private static byte[] pdfWith(Image image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(image);
        document.close();
        return out.toByteArray();
    }

    /** An emblem on a transparent background; with soft edges it needs a soft mask, without a colour key will do. */
    private static byte[] emblem(boolean softEdges) throws Exception {
        BufferedImage emblem = new BufferedImage(160, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = emblem.createGraphics();
        g.setColor(new Color(20, 90, 40));
        g.fillOval(10, 10, 140, 100);
        if (softEdges) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(230, 190, 30, 160));
            g.fillOval(0, 0, 60, 60);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(emblem, "png", png);
        return png.toByteArray();
    }
}
