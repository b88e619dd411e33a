package id.sipetruk.demo;

import id.sipetruk.regency.DefaultLogo;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The emblem of the fictional Kabupaten Sukamaju Raya, drawn by code (no image file in the repository): a green
 * shield with a gold rim, a white star, a paddy stalk and a cotton branch, and a blue river. Demo profile only;
 * printed on the documents until BKPSDM uploads another logo on /pengaturan. Shapes only, no text (a headless
 * server may have no fonts).
 */
@Component
@Profile("demo")
public class DemoLogo implements DefaultLogo {

    private static final Color GREEN = new Color(0x1B, 0x6B, 0x3A);
    private static final Color GOLD = new Color(0xD4, 0xA0, 0x17);
    private static final Color BLUE = new Color(0x2B, 0x6C, 0xB0);

    private final byte[] png = draw();

    @Override
    public byte[] bytes() {
        return png.clone();
    }

    /** A 240 x 280 PNG with a transparent background. */
    public static byte[] draw() {
        int w = 240;
        int h = 280;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Path2D shield = shield(w, h, 10);
            g.setColor(GREEN);
            g.fill(shield);
            g.setColor(GOLD);
            g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shield);

            g.setColor(Color.WHITE);
            g.fill(star(w / 2.0, 62, 30, 12));

            // paddy stalk (left) and cotton branch (right), curving up around the centre
            g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(GOLD);
            for (int i = 0; i < 8; i++) {
                double y = 200 - i * 14;
                double x = 62 + i * 3.2;
                g.fill(new Ellipse2D.Double(x - 7, y - 5, 14, 9));
            }
            g.draw(curve(70, 215, 58, 150, 84, 100));
            g.setColor(Color.WHITE);
            for (int i = 0; i < 6; i++) {
                double y = 196 - i * 17;
                double x = 176 - i * 3.5;
                g.fill(new Ellipse2D.Double(x - 8, y - 8, 16, 16));
            }
            g.setColor(new Color(0x8B, 0x5A, 0x2B));
            g.draw(curve(170, 215, 182, 150, 156, 100));

            // the river
            g.setColor(BLUE);
            g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 2; i++) {
                double y = 222 + i * 16;
                g.draw(wave(62 + i * 12, y, 178 - i * 12));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Path2D shield(int w, int h, int inset) {
        GeneralPath p = new GeneralPath();
        p.moveTo(inset, inset + 12);
        p.quadTo(w / 2.0, inset - 8, w - inset, inset + 12);
        p.lineTo(w - inset, h * 0.55);
        p.quadTo(w - inset, h * 0.82, w / 2.0, h - inset);
        p.quadTo(inset, h * 0.82, inset, h * 0.55);
        p.closePath();
        return p;
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        GeneralPath p = new GeneralPath();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    private static Path2D curve(double x0, double y0, double cx, double cy, double x1, double y1) {
        GeneralPath p = new GeneralPath();
        p.moveTo(x0, y0);
        p.quadTo(cx, cy, x1, y1);
        return p;
    }

    private static Path2D wave(double x0, double y, double x1) {
        GeneralPath p = new GeneralPath();
        p.moveTo(x0, y);
        double step = (x1 - x0) / 4;
        for (int i = 0; i < 4; i++) {
            double x = x0 + i * step;
            p.quadTo(x + step / 2, y + (i % 2 == 0 ? -8 : 8), x + step, y);
        }
        return p;
    }
}
