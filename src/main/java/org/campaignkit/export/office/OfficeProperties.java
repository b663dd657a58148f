package org.campaignkit.export.office;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

/**
 * The file properties of an exported Office document (XLSX, DOCX): title and language only. Apache
 * POI fills in "Apache POI" as author and the clock's time; a person at risk must not have a name
 * or a moment of work written into a file they pass on, so author fields are left empty and both
 * dates are the export date.
 */
public final class OfficeProperties {
    /** Stands in the "application" field, where POI would name itself. */
    public static final String APPLICATION = "Campaign Kit Composer";

    private OfficeProperties() {
    }

    public static void apply(POIXMLDocument document, String title, String language, LocalDate date) {
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date midnight = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreator("");
        core.setLastModifiedByUser("");
        core.setCreated(Optional.of(midnight));
        core.setModified(Optional.of(midnight));
        core.setTitle(title);
        core.getUnderlyingProperties().setLanguageProperty(language);
        POIXMLProperties.ExtendedProperties extended = properties.getExtendedProperties();
        extended.setApplication(APPLICATION);
        CTProperties app = extended.getUnderlyingProperties();
        if (app.isSetCompany()) {
            app.unsetCompany();
        }
        if (app.isSetManager()) {
            app.unsetManager();
        }
    }
}
