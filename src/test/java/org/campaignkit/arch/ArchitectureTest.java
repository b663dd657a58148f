package org.campaignkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows pointing one way: files → kit → text → check/export → app and cli on top. */
@AnalyzeClasses(packages = "org.campaignkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyTheAppTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.campaignkit.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule theDomainImportsNothingElseOfOurs = noClasses()
            .that().resideInAPackage("org.campaignkit.kit..")
            .should().dependOnClassesThat().resideInAnyPackage("org.campaignkit.text..", "org.campaignkit.check..",
                    "org.campaignkit.export..", "org.campaignkit.exchange..", "org.campaignkit.memory..", "org.campaignkit.app..",
                    "org.campaignkit.cli..");

    @ArchTest
    static final ArchRule textRulesDoNotReachUp = noClasses()
            .that().resideInAPackage("org.campaignkit.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.campaignkit.check..", "org.campaignkit.export..",
                    "org.campaignkit.app..", "org.campaignkit.cli..");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheirCallers = noClasses()
            .that().resideInAnyPackage("org.campaignkit.check..", "org.campaignkit.export..", "org.campaignkit.memory..",
                    "org.campaignkit.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.campaignkit.app..", "org.campaignkit.cli..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.campaignkit.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noNetworkAnywhere = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection");
}
