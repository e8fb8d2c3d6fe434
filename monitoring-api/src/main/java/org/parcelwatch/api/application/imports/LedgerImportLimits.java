package org.parcelwatch.api.application.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an Excel ledger may be ({@code parcelwatch.import.xlsx.*}): a workbook is a zip, and a small upload can
 * unpack to gigabytes. Past either limit the import is refused, 413, before a row is read.
 *
 * @param maxUnzippedSize the largest part of the workbook unpacked (POI's {@code ZipSecureFile} max entry size; its
 *                        inflate-ratio guard against zip bombs holds too)
 * @param maxRows         rows a sheet may have
 */
@ConfigurationProperties("parcelwatch.import.xlsx")
public record LedgerImportLimits(@DefaultValue("100MB") DataSize maxUnzippedSize, @DefaultValue("100000") int maxRows) {

    public LedgerWorkbook.Limits limits() {
        return new LedgerWorkbook.Limits(maxUnzippedSize.toBytes(), maxRows);
    }
}
