import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the application icon and writes it in the three forms jpackage wants: aside.png (Linux),
 * aside.ico (Windows) and aside.icns (macOS). Both containers hold PNG images, which Windows Vista+
 * and macOS 10.7+ read, so no platform tool is needed. Run from this folder with
 * {@code java -Djava.awt.headless=true MakeIcons.java}; the outputs are committed beside it.
 */
public final class MakeIcons {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        byte[] png256 = png(draw(256));
        Files.write(dir.resolve("aside.png"), png256);
        Files.write(dir.resolve("aside.ico"), ico(new int[] {256, 48, 32, 16},
                new byte[][] {png256, png(draw(48)), png(draw(32)), png(draw(16))}));
        Files.write(dir.resolve("aside.icns"), icns(new String[] {"ic08", "ic07"},
                new byte[][] {png256, png(draw(128))}));
    }

    /** A teal rounded square with a white "A" over three stacked bars: data set aside in tiers. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float s = size / 256f;
        g.setPaint(new GradientPaint(0, 0, new Color(0x14, 0x8F, 0x8A), 0, size, new Color(0x0B, 0x4F, 0x6C)));
        g.fill(new RoundRectangle2D.Float(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s));
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke(Math.max(1, 10 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            float y = (176 + i * 22) * s;
            g.drawLine(Math.round(56 * s), Math.round(y), Math.round(200 * s), Math.round(y));
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(150 * s)));
        String letter = "A";
        int width = g.getFontMetrics().stringWidth(letter);
        g.drawString(letter, (size - width) / 2f, 150 * s);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per image, then the PNG bytes; little-endian, 0 in a size byte means 256. */
    static byte[] ico(int[] sizes, byte[][] pngs) {
        int header = 6 + 16 * sizes.length;
        int total = header;
        for (byte[] png : pngs) {
            total += png.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = header;
        for (int i = 0; i < sizes.length; i++) {
            buffer.put((byte) (sizes[i] % 256)).put((byte) (sizes[i] % 256)).put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32).putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        for (byte[] png : pngs) {
            buffer.put(png);
        }
        return buffer.array();
    }

    /** "icns", the file length, then (type, length including its 8-byte header, PNG) per image; big-endian. */
    static byte[] icns(String[] types, byte[][] pngs) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            data.writeBytes(types[i]);
            data.writeInt(8 + pngs[i].length);
            data.write(pngs[i]);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.writeBytes("icns");
        out.writeInt(8 + body.size());
        body.writeTo(out);
        return file.toByteArray();
    }
}
