package org.parcelwatch.api.application.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.parcelwatch.api.application.evidence.EvidenceRefusedException.Reason;

/**
 * An uploaded photo as its bytes say: the type from the magic bytes (never the upload's header), whether it decodes
 * to its end, what its EXIF says (metadata-extractor), and for JPEG and PNG a thumbnail. HEIC is read for its EXIF
 * only: the JDK has no HEVC decoder, so a HEIC is checked for a well-formed container and has no thumbnail.
 */
final class PhotoFile {

    /** Longest side of a thumbnail, in pixels. */
    static final int THUMBNAIL_SIZE = 320;
    /** An image with more pixels than this (a "decompression bomb") is refused rather than decoded. */
    private static final long MAX_PIXELS = 100_000_000L;
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    enum Type {
        JPEG("image/jpeg"), PNG("image/png"), HEIC("image/heic");

        final String contentType;

        Type(String contentType) {
            this.contentType = contentType;
        }
    }

    record Exif(LocalDateTime takenAt, BigDecimal longitude, BigDecimal latitude) {
    }

    private PhotoFile() {
    }

    static Type type(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return Type.JPEG;
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (bytes.length >= 8 && Arrays.equals(Arrays.copyOf(bytes, 8), png)) {
            return Type.PNG;
        }
        if (bytes.length >= 12 && "ftyp".equals(new String(bytes, 4, 4, StandardCharsets.US_ASCII))
                && HEIC_BRANDS.contains(new String(bytes, 8, 4, StandardCharsets.US_ASCII))) {
            return Type.HEIC;
        }
        throw new EvidenceRefusedException(Reason.NOT_AN_IMAGE,
                "The file is not a JPEG, PNG or HEIC image (judged by its content, not its name or header)");
    }

    /**
     * Decodes a JPEG or PNG to its end and answers its thumbnail. A truncated file is refused: ImageIO decodes a cut
     * JPEG with a grey tail and only a warning, so the end marker (EOI, PNG's IEND) is checked too.
     */
    static byte[] decodedThumbnail(Type type, byte[] bytes) {
        if (type == Type.HEIC) {
            return null;
        }
        if (!endsWellFormed(type, bytes)) {
            throw corrupt("it ends before its end marker (truncated?)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw corrupt("no decoder accepts it");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw corrupt("it has " + width + "×" + height + " pixels, more than a photo needs");
                }
                // read every n-th pixel only: the whole file is still decoded, the raster kept small
                int step = Math.max(1, Math.max(width, height) / (THUMBNAIL_SIZE * 2));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return thumbnail(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EvidenceRefusedException refused) {
                throw refused;
            }
            throw corrupt("it does not decode (" + e.getMessage() + ")");
        }
    }

    static Exif exif(Type type, byte[] bytes) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            if (type == Type.HEIC) {
                throw corrupt("its HEIF container does not read (" + e.getMessage() + ")");
            }
            // the pixels decoded; metadata that does not read is no EXIF, not a damaged photo
            return new Exif(null, null, null);
        }
        LocalDateTime takenAt = time(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class),
                ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
        if (takenAt == null) {
            takenAt = time(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class), ExifIFD0Directory.TAG_DATETIME);
        }
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation where = gps == null ? null : gps.getGeoLocation();
        if (where == null || where.isZero()) {
            return new Exif(takenAt, null, null);
        }
        return new Exif(takenAt, degrees(where.getLongitude()), degrees(where.getLatitude()));
    }

    /** EXIF's "yyyy:MM:dd HH:mm:ss", the camera's local time (EXIF has no zone); null when absent or garbled. */
    private static LocalDateTime time(Directory directory, int tag) {
        String text = directory == null ? null : directory.getString(tag);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), EXIF_TIME);
        } catch (DateTimeParseException garbled) {
            return null;
        }
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP);
    }

    private static boolean endsWellFormed(Type type, byte[] bytes) {
        int end = bytes.length;
        if (type == Type.JPEG) {
            // some cameras pad the file after the end marker
            while (end > 2 && bytes[end - 1] == 0) {
                end--;
            }
            return end >= 4 && (bytes[end - 2] & 0xff) == 0xff && (bytes[end - 1] & 0xff) == 0xd9;
        }
        return end >= 20 && "IEND".equals(new String(bytes, end - 8, 4, StandardCharsets.US_ASCII));
    }

    private static byte[] thumbnail(BufferedImage image) throws IOException {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(small, "jpeg", out);
        return out.toByteArray();
    }

    private static EvidenceRefusedException corrupt(String why) {
        return new EvidenceRefusedException(Reason.CORRUPT, "The image is damaged: " + why);
    }
}
