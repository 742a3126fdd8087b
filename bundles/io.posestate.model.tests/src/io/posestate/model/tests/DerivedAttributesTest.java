package io.posestate.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.posestate.model.EstatePackage;

class DerivedAttributesTest {

    private final Estates e = new Estates();

    @Test
    void merchantNumberPartsAreDerived() {
        assertEquals("102", e.merchant.getInstitutionCode());
        assertEquals("3100", e.merchant.getNumberRegion());
        assertEquals("5411", e.merchant.getNumberMcc());
        e.merchant.setMerchantNo("999440058120042");
        assertEquals("999", e.merchant.getInstitutionCode());
        assertEquals("4400", e.merchant.getNumberRegion());
        assertEquals("5812", e.merchant.getNumberMcc());
        assertEquals("4400", e.merchant.eGet(EstatePackage.Literals.MERCHANT__NUMBER_REGION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10231005411000", "10231005411000X", "１０２310054110001"})
    void partsAreNullForMalformedNumbers(String number) {
        e.merchant.setMerchantNo(number);
        assertNull(e.merchant.getInstitutionCode());
        assertNull(e.merchant.getNumberRegion());
        assertNull(e.merchant.getNumberMcc());
    }

    @Test
    void derivedAttributesAreReadOnlyAndNotStored() {
        for (EAttribute attribute : new EAttribute[] {EstatePackage.Literals.MERCHANT__INSTITUTION_CODE,
                EstatePackage.Literals.MERCHANT__NUMBER_REGION, EstatePackage.Literals.MERCHANT__NUMBER_MCC}) {
            assertFalse(attribute.isChangeable(), attribute.getName());
            assertTrue(attribute.isDerived() && attribute.isTransient() && attribute.isVolatile(), attribute.getName());
        }
    }

    @Test
    void backupContactIsABackupPhoneOrAnEmail() {
        assertFalse(e.merchant.hasBackupContact());
        e.merchant.setEmail("");
        assertFalse(e.merchant.hasBackupContact());
        e.merchant.setEmail("owner@example.cn");
        assertTrue(e.merchant.hasBackupContact());
        e.merchant.setEmail(null);
        e.merchant.setBackupPhone(e.backupPhone);
        assertTrue(e.merchant.hasBackupContact());
    }

    @Test
    void lifecycleCreationEventHasNoFromState() {
        assertFalse(e.active.getHistory().get(0).isSetFromState());
        assertTrue(e.active.getHistory().get(1).isSetFromState());
    }

    @Test
    void replacementLinksBothWays() {
        e.stocked.setReplaces(e.active);
        assertEquals(e.stocked, e.active.getReplacedBy());
    }
}
