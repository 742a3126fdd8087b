package io.posestate.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.posestate.model.Estate;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.Merchant;
import io.posestate.model.PhoneStatus;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;
import io.posestate.model.util.EstateResourceFactoryImpl;
import io.posestate.model.validation.EstateValidation;

class XmiRoundTripTest {

    @TempDir
    Path dir;

    private static ResourceSet resourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("estate", new EstateResourceFactoryImpl());
        return resourceSet;
    }

    private static Estate load(URI uri) {
        Resource resource = resourceSet().getResource(uri, true);
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors()::toString);
        return (Estate) resource.getContents().get(0);
    }

    @Test
    void estateSurvivesSaveAndLoad() throws IOException {
        Estates e = new Estates();
        e.merchant.setBackupPhone(e.backupPhone);
        e.stocked.setReplaces(e.active);
        Path file = dir.resolve("east.estate");
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(e.estate);
        resource.save(Map.of());

        Estate loaded = load(URI.createFileURI(file.toString()));
        assertTrue(EcoreUtil.equals(e.estate, loaded), "loaded estate differs from the saved one");

        Terminal active = loaded.getTerminals().get(0);
        Merchant merchant = loaded.getMerchants().get(0);
        assertSame(merchant, active.getMerchant());
        assertSame(loaded.getPhones().get(0), active.getBoundPhone());
        assertSame(loaded.getPhones().get(1), merchant.getBackupPhone());
        assertSame(loaded.getTerminalModels().get(0), active.getTerminalModel());
        assertSame(active, loaded.getTerminals().get(1).getReplaces());
        assertSame(loaded.getTerminals().get(1), active.getReplacedBy());
        assertEquals(LocalDate.of(2026, 4, 2), active.getActivatedAt());
        LifecycleEvent created = active.getHistory().get(0);
        assertFalse(created.isSetFromState());
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"), created.getTime());
        assertEquals(List.of(), EstateValidation.validate(loaded));

        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("activatedAt=\"2026-04-02\""), xml);
        assertTrue(xml.contains("time=\"2026-04-02T01:30:00Z\""), xml);
        assertTrue(xml.contains("merchant=\"102310054110001\""), "references by key: " + xml);
        assertTrue(xml.contains("上海便利店有限公司"), xml);
        assertFalse(xml.contains("numberRegion") || xml.contains("institutionCode"), "derived attributes stored: " + xml);
    }

    @Test
    void sampleFileLoadsAndValidates() {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        Enumeration<URL> entries = bundle.findEntries("data", "sample.estate", false);
        assertNotNull(entries, "data/sample.estate missing from the test fragment");
        Estate estate = load(URI.createURI(entries.nextElement().toString()));

        assertEquals("Sample", estate.getName());
        Terminal first = estate.getTerminals().get(0);
        assertEquals("102310054110001", first.getMerchant().getMerchantNo());
        assertEquals(Instant.parse("2026-04-02T01:30:00Z"), first.getHistory().get(1).getTime());
        assertEquals(TerminalState.IN_STOCK, first.getHistory().get(1).getFromState());
        assertEquals(PhoneStatus.CANCELLED, estate.getMerchants().get(1).getPhone().getStatus());
        assertEquals(3, estate.getTerminalModels().get(0).getCapabilities().size());
        assertEquals(List.of(
                "Merchant 102310058120002: merchant number digits 8-11 '5812' differ from the registered MCC '5411'",
                "Terminal SN-2: an ACTIVE terminal must have an activation date"),
                EstateValidation.validate(estate));
    }

    @Test
    void datesAndTimesRejectOtherForms() {
        var factory = io.posestate.model.EstateFactory.eINSTANCE;
        var pkg = io.posestate.model.EstatePackage.eINSTANCE;
        assertEquals(Instant.parse("2026-10-01T01:15:02Z"),
                factory.createFromString(pkg.getInstant(), "2026-10-01T09:15:02+08:00"));
        assertEquals(LocalDate.of(2026, 10, 1), factory.createFromString(pkg.getLocalDate(), "2026-10-01"));
        assertEquals(null, factory.createFromString(pkg.getLocalDate(), ""));
        for (String bad : new String[] {"2026-10-01T09:15:02", "2026-10-01", "yesterday"}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> factory.createFromString(pkg.getInstant(), bad), bad);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> factory.createFromString(pkg.getLocalDate(), "2026-13-01"));
    }
}
