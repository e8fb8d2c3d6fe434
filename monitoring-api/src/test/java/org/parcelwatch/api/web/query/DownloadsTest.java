package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.export.ExportFormat;

/** Which Accept header asks a list for a file, and how the file is named. */
class DownloadsTest {

    @Test
    void aFileOnlyWhenTheClientNamesItAboveJson() {
        assertThat(Downloads.requested(ExportFormat.XLSX_MEDIA_TYPE)).contains(ExportFormat.XLSX);
        assertThat(Downloads.requested("text/csv")).contains(ExportFormat.CSV);
        assertThat(Downloads.requested("text/csv;q=0.5, " + ExportFormat.XLSX_MEDIA_TYPE)).contains(ExportFormat.XLSX);
        assertThat(Downloads.requested(ExportFormat.XLSX_MEDIA_TYPE + ", application/problem+json")).contains(ExportFormat.XLSX);
        assertThat(Downloads.requested("application/json, text/csv")).isEmpty();
        assertThat(Downloads.requested("text/csv, application/json")).contains(ExportFormat.CSV);
        assertThat(Downloads.requested("application/json;q=0.9, text/csv")).contains(ExportFormat.CSV);
        assertThat(Downloads.requested("*/*")).isEmpty();
        assertThat(Downloads.requested("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isEmpty();
        assertThat(Downloads.requested(null)).isEqualTo(Optional.empty());
        assertThat(Downloads.requested("not a media type")).isEmpty();
    }

    @Test
    void theFormatParameterNamesAFileByItsExtension() {
        assertThat(Downloads.named("xlsx")).isEqualTo(ExportFormat.XLSX);
        assertThat(Downloads.named(" CSV ")).isEqualTo(ExportFormat.CSV);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Downloads.named("pdf"))
                .isInstanceOf(org.parcelwatch.api.web.error.InvalidRequestException.class);
    }

    @Test
    void theFileIsNamedInChineseWithAnAsciiFallback() {
        assertThat(Downloads.attachment("供地台账-2026-11-30.xlsx", "ledger-2026-11-30.xlsx")).isEqualTo(
                "attachment; filename=\"ledger-2026-11-30.xlsx\"; "
                        + "filename*=UTF-8''%E4%BE%9B%E5%9C%B0%E5%8F%B0%E8%B4%A6-2026-11-30.xlsx");
    }
}
