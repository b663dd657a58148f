package org.campaignkit.export.docx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campaignkit.export.layout.DocumentLayout;

/**
 * The file's properties: its title and language, dated the export date at midnight UTC, and
 * nothing about who made it. People who send these documents may be at risk; a name, a company
 * or the clock time in the properties could identify them.
 */
final class DocxMetadata {
    private DocxMetadata() {
    }

    static void apply(XWPFDocument document, DocumentLayout layout, LocalDate date) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setCreator("");
        core.setLastModifiedByUser(null);
        core.setTitle(layout.title() == null ? "" : XmlChars.clean(layout.title()));
        core.getUnderlyingProperties().setLanguageProperty(layout.language());
        Optional<Date> when = Optional.ofNullable(date).map(d -> Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
        core.setCreated(when);
        core.setModified(when);
        // POI writes only the application's name into app.xml; no company, manager or template.
        document.getProperties().getExtendedProperties().setApplication("Campaign Kit Composer");
    }
}
