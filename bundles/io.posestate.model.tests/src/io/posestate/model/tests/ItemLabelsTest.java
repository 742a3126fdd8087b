package io.posestate.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.posestate.model.EstatePackage;
import io.posestate.model.PhoneStatus;
import io.posestate.model.provider.EstateItemProviderAdapterFactory;

class ItemLabelsTest {

    private final Estates e = new Estates();
    private final EstateItemProviderAdapterFactory factory = new EstateItemProviderAdapterFactory();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private String text(EObject object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }

    private Object image(EObject object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getImage(object);
    }

    @Test
    void terminalShowsProductSerialAndState() {
        assertEquals("PAX A920 \u00B7 SN-000123 (ACTIVE)", text(e.active));
        assertEquals("Newland ME31 \u00B7 NL-8841-X (IN_STOCK)", text(e.stocked));
        e.stocked.setVendor(null);
        e.stocked.setModelName(null);
        List<Notification> labelUpdates = new ArrayList<>();
        ((IChangeNotifier) factory).addListener(n -> {
            if (n instanceof IViewerNotification v && v.isLabelUpdate() && n.getNotifier() == e.stocked) {
                labelUpdates.add(n);
            }
        });
        e.stocked.setTerminalModel(e.model);
        assertEquals(1, labelUpdates.size(), "viewers told to refresh the label");
        assertEquals("PAX A920 \u00B7 NL-8841-X (IN_STOCK)", text(e.stocked));
    }

    @Test
    void merchantShowsNameAndNumber() {
        assertEquals("上海便利店有限公司 (102310054110001)", text(e.merchant));
        e.merchant.setName(null);
        assertEquals("102310054110001", text(e.merchant));
    }

    @Test
    void phoneIsMasked() {
        assertEquals("138****5678 (ACTIVE)", text(e.phone));
        e.phone.setStatus(PhoneStatus.CANCELLED);
        assertEquals("138****5678 (CANCELLED)", text(e.phone));
        assertEquals("+86*******4321 (UNKNOWN)", text(e.backupPhone));
    }

    @Test
    void otherObjectsHaveReadableLabels() {
        assertEquals("Example Acquiring (102)", text(e.acquirer));
        assertEquals("PAX A920", text(e.model));
        assertEquals("East region", text(e.estate));
        assertEquals("IN_STOCK (created) \u00B7 2026-03-30T08:00:00Z \u00B7 import", text(e.active.getHistory().get(0)));
        assertEquals("IN_STOCK \u2192 ACTIVE \u00B7 2026-04-02T01:30:00Z \u00B7 alice", text(e.active.getHistory().get(1)));
        assertEquals("INSTALLATION_SLIP: slip-2026-0402-7.pdf", text(e.active.getHistory().get(1).getEvidence().get(0)));
    }

    @Test
    void unnamedObjectsFallBackToTheirTypeName() {
        assertEquals("Merchant", text(Estates.F.createMerchant()));
        assertEquals("Terminal (IN_STOCK)", text(Estates.F.createTerminal()));
        assertEquals("Terminal Model", text(Estates.F.createTerminalModel()));
    }

    @Test
    void accountAndPhonePropertiesShowMaskedValues() {
        IItemPropertySource merchantProperties = (IItemPropertySource) factory.adapt(e.merchant, IItemPropertySource.class);
        IItemPropertyDescriptor account = merchantProperties.getPropertyDescriptor(e.merchant,
                EstatePackage.Literals.MERCHANT__SETTLEMENT_ACCOUNT);
        assertEquals("***************3445", account.getLabelProvider(e.merchant).getText("6222020200112233445"));
        IItemPropertySource phoneProperties = (IItemPropertySource) factory.adapt(e.phone, IItemPropertySource.class);
        IItemPropertyDescriptor number = phoneProperties.getPropertyDescriptor(e.phone, EstatePackage.Literals.PHONE__NUMBER);
        assertEquals("138****5678", number.getLabelProvider(e.phone).getText("13812345678"));
        // editing still works on the real value
        number.setPropertyValue(e.phone, "13900001111");
        assertEquals("13900001111", e.phone.getNumber());
    }

    @Test
    void everyClassHasItsOwnIcon() throws IOException {
        EObject[] objects = {e.estate, e.acquirer, e.merchant, e.phone, e.model, e.active, e.active.getHistory().get(0),
                e.active.getHistory().get(1).getEvidence().get(0)};
        Set<String> icons = new HashSet<>();
        for (EObject object : objects) {
            URL url = assertInstanceOf(URL.class, image(object), object.eClass().getName());
            assertTrue(url.getPath().endsWith("/icons/full/obj16/" + object.eClass().getName() + ".gif"), url.toString());
            try (InputStream in = url.openStream()) {
                byte[] header = in.readNBytes(6);
                assertEquals("GIF89a", new String(header, java.nio.charset.StandardCharsets.US_ASCII), url.toString());
            }
            icons.add(url.toString());
        }
        assertEquals(objects.length, icons.size());
        assertNotEquals(text(e.active), text(e.stocked));
        assertFalse(icons.isEmpty());
    }
}
