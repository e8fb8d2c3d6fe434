package org.parcelwatch.api.application.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parcelwatch.api.application.imports.SeedFile;
import org.parcelwatch.api.application.imports.SeedResources;

/**
 * The sample counties' patrol photos (seeds/README.md, "Field work"): small JPEGs drawn here, with the EXIF time and
 * GPS a phone would write, committed under {@code seeds/photos/} for the README to show and carried in each seed
 * file's {@code evidence} list (Base64) for the import. The check keeps the two the same; the writer is run by hand
 * ({@code -Dparcelwatch.seed.write-photos=true}) when a photo is added, and the seeds' entries are then updated.
 */
class SeedPhotosTest {

    private static final Path PHOTOS = Path.of("..", "seeds", "photos");
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    /** A photo of the samples stays small: a few KB, so the seed files stay readable. */
    static final int MAX_BYTES = 8 * 1024;

    /** One photo: its file name, what it shows, when and where it was taken. */
    record Shot(String name, Scene scene, LocalDateTime takenAt, double longitude, double latitude) {
    }

    enum Scene { FOUNDATION, FRAME, STOPPED }

    static final List<Shot> SHOTS = List.of(
            new Shot("xh-1305302023B00002-20230915.jpg", Scene.FRAME, LocalDateTime.of(2023, 9, 15, 10, 20, 12), 115.24856, 37.53154),
            new Shot("xh-1305302024B00008-20250312.jpg", Scene.STOPPED, LocalDateTime.of(2025, 3, 12, 9, 45, 3), 115.31262, 37.47705),
            // taken a month before the patrol it is filed with: the patrol is flagged PATROL_REVIEW
            new Shot("xh-1305302024B00012-20250214.jpg", Scene.FOUNDATION, LocalDateTime.of(2025, 2, 14, 15, 10, 40), 115.23987, 37.52431),
            new Shot("zx-1301332023B00007-20240709.jpg", Scene.FOUNDATION, LocalDateTime.of(2024, 7, 9, 10, 5, 55), 114.77668, 37.71282),
            new Shot("zx-1301332024B00009-20250603.jpg", Scene.FRAME, LocalDateTime.of(2025, 6, 3, 14, 30, 21), 114.84088, 37.82871),
            new Shot("ty-4307252024B00004-20250121.jpg", Scene.FOUNDATION, LocalDateTime.of(2025, 1, 21, 10, 40, 8), 111.48934, 28.90539),
            new Shot("ty-4307252025B00002-20250909.jpg", Scene.FRAME, LocalDateTime.of(2025, 9, 9, 11, 15, 36), 111.15822, 29.13874));

    @Test
    void theSeedFilesCarryTheCommittedPhotosEachSmall() throws IOException {
        List<SeedFile> seeds = SeedResources.load(List.of("classpath:seeds/*.json"));
        int carried = 0;
        for (SeedFile seed : seeds) {
            for (SeedFile.Photo photo : seed.evidence()) {
                assertThat(photo.problem()).as(photo.name()).isNull();
                assertThat(photo.bytes()).as(photo.name() + " as committed under seeds/photos")
                                         .isEqualTo(Files.readAllBytes(PHOTOS.resolve(photo.name())));
                assertThat(photo.bytes().length).as(photo.name()).isLessThanOrEqualTo(MAX_BYTES);
                carried++;
            }
        }
        assertThat(carried).isEqualTo(SHOTS.size());
        try (var files = Files.list(PHOTOS)) {
            assertThat(files.count()).as("no photo under seeds/photos that no seed carries").isEqualTo(SHOTS.size());
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "parcelwatch.seed.write-photos", matches = "true")
    void writeThePhotos() throws Exception {
        Files.createDirectories(PHOTOS);
        for (int i = 0; i < SHOTS.size(); i++) {
            Shot shot = SHOTS.get(i);
            byte[] jpeg = withExif(drawn(shot.scene(), i), shot);
            Files.write(PHOTOS.resolve(shot.name()), jpeg);
        }
    }

    private static byte[] drawn(Scene scene, long seed) throws IOException {
        int width = 192;
        int height = 144;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(150, 190, 230), 0, 70, new Color(215, 228, 240)));
            g.fillRect(0, 0, width, 80);
            g.setPaint(new GradientPaint(0, 80, new Color(150, 130, 100), 0, height, new Color(110, 95, 70)));
            g.fillRect(0, 80, width, height - 80);
            // distant trees
            g.setColor(new Color(80, 115, 70));
            for (int x = 0; x < width; x += 9 + random.nextInt(6)) {
                g.fillOval(x, 68 + random.nextInt(6), 14, 14);
            }
            switch (scene) {
                case FOUNDATION -> {
                    g.setColor(new Color(90, 80, 70));
                    g.fillRect(30, 96, 130, 26);
                    g.setColor(new Color(170, 170, 165));
                    for (int x = 36; x < 156; x += 12) {
                        g.fillRect(x, 92, 4, 24);
                    }
                    crane(g, 150, 30);
                }
                case FRAME -> {
                    g.setColor(new Color(175, 175, 170));
                    g.fillRect(40, 40, 100, 60);
                    g.setColor(new Color(120, 120, 118));
                    g.setStroke(new BasicStroke(2));
                    for (int y = 40; y <= 100; y += 15) {
                        g.drawLine(40, y, 140, y);
                    }
                    for (int x = 40; x <= 140; x += 20) {
                        g.drawLine(x, 40, x, 100);
                    }
                    crane(g, 160, 20);
                }
                case STOPPED -> {
                    g.setColor(new Color(160, 160, 155));
                    g.fillRect(50, 70, 70, 30);
                    g.setColor(new Color(40, 110, 170));
                    g.fillRect(10, 96, 172, 10);
                    g.setColor(Color.WHITE);
                    for (int x = 14; x < 182; x += 16) {
                        g.fillRect(x, 98, 8, 6);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.6f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void crane(Graphics2D g, int x, int top) {
        g.setColor(new Color(230, 180, 30));
        g.setStroke(new BasicStroke(3));
        g.drawLine(x, top, x, 100);
        g.drawLine(x - 70, top + 4, x + 14, top + 4);
        g.setStroke(new BasicStroke(1));
        g.drawLine(x - 50, top + 4, x - 50, top + 40);
    }

    private static byte[] withExif(byte[] plain, Shot shot) throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_TIME.format(shot.takenAt()));
        exif.setGpsInDegrees(shot.longitude(), shot.latitude());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain, out, exif);
        return out.toByteArray();
    }
}
