package io.posestate.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.posestate.model.EstatePackage;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;
import io.posestate.model.util.EstateResourceFactoryImpl;
import io.posestate.model.util.EstateValidator;
import io.posestate.model.validation.EstateValidation;

class ValidationTest {

    private final Estates e = new Estates();

    /** Every leaf diagnostic as "code|message", so tests see both which constraint fired and what it said. */
    private static List<String> findings(EObject root) {
        List<String> found = new ArrayList<>();
        collect(EstateValidation.diagnose(root), found);
        return found;
    }

    private static void collect(Diagnostic diagnostic, List<String> found) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                found.add(diagnostic.getCode() + "|" + diagnostic.getMessage());
            }
        } else {
            diagnostic.getChildren().forEach(child -> collect(child, found));
        }
    }

    private static String finding(int code, String message) {
        return code + "|" + message;
    }

    @Test
    void sampleEstateIsValid() {
        assertEquals(List.of(), EstateValidation.validate(e.estate));
        assertEquals(Diagnostic.OK, EstateValidation.diagnose(e.estate).getSeverity());
    }

    @Test
    void validateListsReadableMessages() {
        e.active.setActivatedAt(null);
        e.merchant.setMcc("5812");
        assertEquals(List.of(
                "Merchant 102310054110001: merchant number digits 8-11 '5411' differ from the registered MCC '5812'",
                "Terminal SN-000123: an ACTIVE terminal must have an activation date"),
                EstateValidation.validate(e.estate));
    }

    // --- merchant ---

    @ParameterizedTest
    @ValueSource(strings = {"10231005411000", "1023100541100011", "10231005411000A", "１０２310054110001", "102-3100-5411-0"})
    void merchantNumberMustBe15AsciiDigits(String number) {
        e.merchant.setMerchantNo(number);
        assertEquals(List.of(finding(EstateValidator.MERCHANT__MERCHANT_NUMBER_FORMAT,
                "Merchant " + number + ": merchant number '" + number + "' is not 15 ASCII digits")), findings(e.merchant));
    }

    @Test
    void merchantNumberIsRequired() {
        e.merchant.setMerchantNo(null);
        assertEquals(List.of(finding(EstateValidator.MERCHANT__MERCHANT_NUMBER_FORMAT,
                "Merchant '上海便利店有限公司': merchant number is missing")), findings(e.merchant));
    }

    @Test
    void merchantNumberRegionMustMatchRegisteredRegion() {
        e.merchant.setRegion("4400");
        assertEquals(List.of(finding(EstateValidator.MERCHANT__NUMBER_MATCHES_REGISTRATION,
                "Merchant 102310054110001: merchant number digits 4-7 '3100' differ from the registered region '4400'")),
                findings(e.merchant));
    }

    @Test
    void merchantNumberMccMustMatchRegisteredMcc() {
        e.merchant.setMerchantNo("102310058120001");
        assertEquals(List.of(finding(EstateValidator.MERCHANT__NUMBER_MATCHES_REGISTRATION,
                "Merchant 102310058120001: merchant number digits 8-11 '5812' differ from the registered MCC '5411'")),
                findings(e.merchant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"541", "54111", "54a1", "５４１１"})
    void mccAndRegionMustBeFourAsciiDigits(String code) {
        e.merchant.setMcc(code);
        e.merchant.setRegion(code);
        assertEquals(List.of(
                finding(EstateValidator.MERCHANT__CODE_FORMATS, "Merchant 102310054110001: MCC '" + code + "' is not 4 ASCII digits"),
                finding(EstateValidator.MERCHANT__CODE_FORMATS, "Merchant 102310054110001: region '" + code + "' is not 4 ASCII digits")),
                findings(e.merchant));
    }

    @Test
    void mccAndRegionAreRequired() {
        e.merchant.setMcc(null);
        e.merchant.setRegion("");
        assertEquals(List.of(
                finding(EstateValidator.MERCHANT__CODE_FORMATS, "Merchant 102310054110001: MCC is missing"),
                finding(EstateValidator.MERCHANT__CODE_FORMATS, "Merchant 102310054110001: region is missing")),
                findings(e.merchant));
    }

    @Test
    void acquirerCodeMustAgreeWithAcquirer() {
        e.merchant.setAcquirerCode("999");
        assertEquals(List.of(finding(EstateValidator.MERCHANT__ACQUIRER_CONSISTENT,
                "Merchant 102310054110001: acquirer code '999' differs from its acquirer '102'")), findings(e.merchant));
        e.merchant.setAcquirer(null); // an unresolved imported code is acceptable on its own
        assertEquals(List.of(), findings(e.merchant));
        e.merchant.setAcquirerCode(null);
        assertEquals(List.of(finding(EstateValidator.MERCHANT__ACQUIRER_CONSISTENT,
                "Merchant 102310054110001: acquirer code is missing")), findings(e.merchant));
    }

    // --- terminal ---

    @ParameterizedTest
    @ValueSource(strings = {"SN-000123", "a", "ABC-def-1", "-"})
    void serialNumbersOfLettersDigitsAndDashPass(String serial) {
        e.stocked.setSerialNumber(serial);
        assertEquals(List.of(), findings(e.stocked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SN 000123", "SN_000123", "SN/1", "序列号1", "SN-１"})
    void serialNumbersWithOtherCharactersFail(String serial) {
        e.stocked.setSerialNumber(serial);
        assertEquals(List.of(finding(EstateValidator.TERMINAL__SERIAL_NUMBER_FORMAT,
                "Terminal " + serial + ": serial number '" + serial + "' may hold only ASCII letters, digits and '-'")),
                findings(e.stocked));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void serialNumberIsRequired(String serial) {
        e.stocked.setSerialNumber(serial);
        assertEquals(List.of(finding(EstateValidator.TERMINAL__SERIAL_NUMBER_FORMAT,
                "Terminal (no serial number): serial number is missing")), findings(e.stocked));
    }

    @Test
    void vendorAndModelAreRequired() {
        e.stocked.setVendor("");
        e.stocked.setModelName(null);
        assertEquals(List.of(
                finding(EstateValidator.TERMINAL__REQUIRED_FIELDS, "Terminal NL-8841-X: vendor is missing"),
                finding(EstateValidator.TERMINAL__REQUIRED_FIELDS, "Terminal NL-8841-X: model name is missing")),
                findings(e.stocked));
    }

    @Test
    void merchantNumberMustAgreeWithBoundMerchant() {
        e.active.setMerchantNo("102310054110002");
        assertEquals(List.of(finding(EstateValidator.TERMINAL__MERCHANT_BINDING,
                "Terminal SN-000123: merchant number '102310054110002' differs from its bound merchant '102310054110001'")),
                findings(e.active));
    }

    @Test
    void merchantNumberMustResolveToAMerchant() {
        e.active.setMerchant(null);
        assertEquals(List.of(finding(EstateValidator.TERMINAL__MERCHANT_BINDING,
                "Terminal SN-000123: merchant number '102310054110001' does not resolve to a merchant")),
                findings(e.active));
    }

    @Test
    void boundMerchantWithoutStoredNumberIsConsistent() {
        e.active.setMerchantNo(null);
        assertEquals(List.of(), findings(e.active));
    }

    @Test
    void activeTerminalNeedsMerchantAndActivationDate() {
        e.active.setMerchant(null);
        e.active.setMerchantNo(null);
        e.active.setActivatedAt(null);
        assertEquals(List.of(
                finding(EstateValidator.TERMINAL__STATE_REQUIREMENTS, "Terminal SN-000123: an ACTIVE terminal must be bound to a merchant"),
                finding(EstateValidator.TERMINAL__STATE_REQUIREMENTS, "Terminal SN-000123: an ACTIVE terminal must have an activation date")),
                findings(e.active));
    }

    @Test
    void inStockTerminalHasNoMerchantAndNoDeployedRegion() {
        e.stocked.setMerchant(e.merchant);
        e.stocked.setDeployedRegion("3100");
        assertEquals(List.of(
                finding(EstateValidator.TERMINAL__STATE_REQUIREMENTS, "Terminal NL-8841-X: an IN_STOCK terminal must not be bound to a merchant"),
                finding(EstateValidator.TERMINAL__STATE_REQUIREMENTS, "Terminal NL-8841-X: an IN_STOCK terminal must have no deployed region")),
                findings(e.stocked));
        e.stocked.setMerchant(null);
        e.stocked.setMerchantNo(Estates.MERCHANT_NO);
        e.stocked.setDeployedRegion(null);
        assertTrue(findings(e.stocked).contains(finding(EstateValidator.TERMINAL__STATE_REQUIREMENTS,
                "Terminal NL-8841-X: an IN_STOCK terminal must not be bound to a merchant")));
    }

    @Test
    void otherStatesNeedNeitherMerchantNorActivation() {
        e.stocked.setState(TerminalState.SHIPPED);
        e.stocked.setDeployedRegion("3100");
        assertEquals(List.of(), findings(e.stocked));
        e.active.setState(TerminalState.SUSPENDED);
        e.active.setActivatedAt(null);
        assertEquals(List.of(), findings(e.active));
    }

    @ParameterizedTest
    @ValueSource(strings = {"310", "31000", "31a0", "３１００"})
    void deployedRegionMustBeFourAsciiDigitsWhenPresent(String region) {
        e.active.setDeployedRegion(region);
        assertEquals(List.of(finding(EstateValidator.TERMINAL__DEPLOYED_REGION_FORMAT,
                "Terminal SN-000123: deployed region '" + region + "' is not 4 ASCII digits")), findings(e.active));
    }

    @Test
    void deployedRegionIsOptional() {
        e.active.setDeployedRegion(null);
        assertEquals(List.of(), findings(e.active));
        e.active.setActivatedAt(LocalDate.of(2026, 1, 1));
        e.active.setDeployedRegion("");
        assertEquals(List.of(), findings(e.active));
    }

    // --- phone ---

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+8613812345678", "+14155550123"})
    void phoneNumbersInE164OrNationalFormPass(String number) {
        e.phone.setNumber(number);
        assertEquals(List.of(), findings(e.phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1381234567", "138123456789", "+0613812345678", "+86 138 1234 5678", "138-1234-5678"})
    void otherPhoneNumbersFailWithoutRevealingThem(String number) {
        e.phone.setNumber(number);
        List<String> found = findings(e.phone);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith(EstateValidator.PHONE__NUMBER_FORMAT + "|Phone "), found::toString);
        assertTrue(found.get(0).endsWith(": number is neither E.164 ('+' and 7-15 digits) nor 11 national digits"));
        assertTrue(!found.get(0).contains(number), "phone number shown unmasked: " + found);
    }

    // --- keys across the estate (EMF's generic ID check, named by key) ---

    @Test
    void duplicateSerialNumbersInAResourceAreReported() {
        Resource resource = new EstateResourceFactoryImpl().createResource(URI.createURI("memory:/dup.estate"));
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(e.estate);
        e.stocked.setSerialNumber("SN-000123");
        e.stocked.setState(TerminalState.SHIPPED);
        assertEquals(List.of("The ID 'SN-000123' of 'Terminal SN-000123' collides with that of 'Terminal SN-000123'"),
                EstateValidation.validate(e.estate));
    }

    @Test
    void validatorIsRegisteredForThePackage() {
        Terminal terminal = Estates.F.createTerminal();
        assertEquals(EstateValidator.INSTANCE,
                org.eclipse.emf.ecore.EValidator.Registry.INSTANCE.getEValidator(EstatePackage.eINSTANCE));
        assertTrue(EstateValidation.validate(terminal).contains("Terminal (no serial number): serial number is missing"));
    }
}
