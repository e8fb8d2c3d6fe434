package org.parcelwatch.api.web.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Photos made in the test, not committed: ImageIO draws and encodes a JPEG (or PNG), Apache Commons Imaging writes
 * its EXIF (DateTimeOriginal, GPS) the way a phone camera does. {@code seed} makes each photo's bytes, and so its
 * hash, its own.
 */
public final class TestPhotos {

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private TestPhotos() {
    }

    /** A JPEG of {@code width}×{@code height} taken at {@code takenAt} (null: no time) and {@code lon, lat} (null: no GPS). */
    public static byte[] jpeg(int width, int height, long seed, LocalDateTime takenAt, Double longitude, Double latitude) {
        byte[] plain = encoded("jpeg", width, height, seed);
        try {
            TiffOutputSet exif = new TiffOutputSet();
            if (takenAt != null) {
                exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_TIME.format(takenAt));
            }
            if (longitude != null && latitude != null) {
                exif.setGpsInDegrees(longitude, latitude);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain, out, exif);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(int width, int height, long seed) {
        return encoded("png", width, height, seed);
    }

    /** The first {@code share} of the file: what an upload cut off midway leaves. */
    public static byte[] truncated(byte[] photo, double share) {
        return Arrays.copyOf(photo, (int) (photo.length * share));
    }

    private static byte[] encoded(String format, int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            java.util.Random random = new java.util.Random(seed);
            for (int i = 0; i < 40; i++) {
                g.setColor(new Color(random.nextInt(0xffffff)));
                g.fillRect(random.nextInt(width), random.nextInt(height), 1 + random.nextInt(width / 2), 1 + random.nextInt(height / 2));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
