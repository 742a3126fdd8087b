/**
 */
package io.posestate.model.util;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.BasicDiagnostic;
import io.posestate.model.*;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see io.posestate.model.EstatePackage
 * @generated
 */
public class EstateValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final EstateValidator INSTANCE = new EstateValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "io.posestate.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'MerchantNumberFormat' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int MERCHANT__MERCHANT_NUMBER_FORMAT = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'CodeFormats' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int MERCHANT__CODE_FORMATS = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'NumberMatchesRegistration' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int MERCHANT__NUMBER_MATCHES_REGISTRATION = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'AcquirerConsistent' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int MERCHANT__ACQUIRER_CONSISTENT = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'NumberFormat' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int PHONE__NUMBER_FORMAT = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'SerialNumberFormat' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int TERMINAL__SERIAL_NUMBER_FORMAT = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'RequiredFields' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int TERMINAL__REQUIRED_FIELDS = GENERATED_DIAGNOSTIC_CODE_COUNT + 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'MerchantBinding' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int TERMINAL__MERCHANT_BINDING = GENERATED_DIAGNOSTIC_CODE_COUNT + 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'StateRequirements' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int TERMINAL__STATE_REQUIREMENTS = GENERATED_DIAGNOSTIC_CODE_COUNT + 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} of a violated 'DeployedRegionFormat' constraint.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final int TERMINAL__DEPLOYED_REGION_FORMAT = GENERATED_DIAGNOSTIC_CODE_COUNT + 10;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = TERMINAL__DEPLOYED_REGION_FORMAT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EstateValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return EstatePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case EstatePackage.ESTATE:
				return validateEstate((Estate)value, diagnostics, context);
			case EstatePackage.ACQUIRER:
				return validateAcquirer((Acquirer)value, diagnostics, context);
			case EstatePackage.MERCHANT:
				return validateMerchant((Merchant)value, diagnostics, context);
			case EstatePackage.PHONE:
				return validatePhone((Phone)value, diagnostics, context);
			case EstatePackage.TERMINAL_MODEL:
				return validateTerminalModel((TerminalModel)value, diagnostics, context);
			case EstatePackage.TERMINAL:
				return validateTerminal((Terminal)value, diagnostics, context);
			case EstatePackage.LIFECYCLE_EVENT:
				return validateLifecycleEvent((LifecycleEvent)value, diagnostics, context);
			case EstatePackage.EVIDENCE:
				return validateEvidence((Evidence)value, diagnostics, context);
			case EstatePackage.MERCHANT_STATUS:
				return validateMerchantStatus((MerchantStatus)value, diagnostics, context);
			case EstatePackage.PHONE_STATUS:
				return validatePhoneStatus((PhoneStatus)value, diagnostics, context);
			case EstatePackage.PHONE_SOURCE:
				return validatePhoneSource((PhoneSource)value, diagnostics, context);
			case EstatePackage.CAPABILITY:
				return validateCapability((Capability)value, diagnostics, context);
			case EstatePackage.CONNECTION_TYPE:
				return validateConnectionType((ConnectionType)value, diagnostics, context);
			case EstatePackage.TERMINAL_STATE:
				return validateTerminalState((TerminalState)value, diagnostics, context);
			case EstatePackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			case EstatePackage.INSTANT:
				return validateInstant((Instant)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEstate(Estate estate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(estate, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAcquirer(Acquirer acquirer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(acquirer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMerchant(Merchant merchant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(merchant, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validateMerchant_MerchantNumberFormat(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validateMerchant_CodeFormats(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validateMerchant_NumberMatchesRegistration(merchant, diagnostics, context);
		if (result || diagnostics != null) result &= validateMerchant_AcquirerConsistent(merchant, diagnostics, context);
		return result;
	}

	/**
	 * Validates the MerchantNumberFormat constraint of '<em>Merchant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMerchant_MerchantNumberFormat(Merchant merchant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String number = merchant.getMerchantNo();
		if (Codes.isEmpty(number)) {
			return violation(diagnostics, MERCHANT__MERCHANT_NUMBER_FORMAT, merchant, EstatePackage.Literals.MERCHANT__MERCHANT_NO,
				"merchant number is missing");
		}
		return Codes.isMerchantNumber(number)
			|| violation(diagnostics, MERCHANT__MERCHANT_NUMBER_FORMAT, merchant, EstatePackage.Literals.MERCHANT__MERCHANT_NO,
				"merchant number '" + number + "' is not 15 ASCII digits");
	}

	/**
	 * Validates the CodeFormats constraint of '<em>Merchant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMerchant_CodeFormats(Merchant merchant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = checkCode(diagnostics, MERCHANT__CODE_FORMATS, merchant, EstatePackage.Literals.MERCHANT__MCC, "MCC", true);
		return checkCode(diagnostics, MERCHANT__CODE_FORMATS, merchant, EstatePackage.Literals.MERCHANT__REGION, "region", true)
			&& result;
	}

	/**
	 * Validates the NumberMatchesRegistration constraint of '<em>Merchant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMerchant_NumberMatchesRegistration(Merchant merchant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String number = merchant.getMerchantNo();
		boolean result = true;
		if (Codes.isMerchantNumber(number) && Codes.isCode(merchant.getRegion())
				&& !merchant.getRegion().equals(Codes.region(number))) {
			result = violation(diagnostics, MERCHANT__NUMBER_MATCHES_REGISTRATION, merchant, EstatePackage.Literals.MERCHANT__REGION,
				"merchant number digits 4-7 '" + Codes.region(number) + "' differ from the registered region '"
					+ merchant.getRegion() + "'");
		}
		if (Codes.isMerchantNumber(number) && Codes.isCode(merchant.getMcc())
				&& !merchant.getMcc().equals(Codes.mcc(number))) {
			result = violation(diagnostics, MERCHANT__NUMBER_MATCHES_REGISTRATION, merchant, EstatePackage.Literals.MERCHANT__MCC,
				"merchant number digits 8-11 '" + Codes.mcc(number) + "' differ from the registered MCC '"
					+ merchant.getMcc() + "'");
		}
		return result;
	}

	/**
	 * Validates the AcquirerConsistent constraint of '<em>Merchant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMerchant_AcquirerConsistent(Merchant merchant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Acquirer acquirer = merchant.getAcquirer();
		String code = merchant.getAcquirerCode();
		if (acquirer == null && Codes.isEmpty(code)) {
			return violation(diagnostics, MERCHANT__ACQUIRER_CONSISTENT, merchant, EstatePackage.Literals.MERCHANT__ACQUIRER_CODE,
				"acquirer code is missing");
		}
		if (acquirer != null && !Codes.isEmpty(code) && !code.equals(acquirer.getCode())) {
			return violation(diagnostics, MERCHANT__ACQUIRER_CONSISTENT, merchant, EstatePackage.Literals.MERCHANT__ACQUIRER_CODE,
				"acquirer code '" + code + "' differs from its acquirer '" + acquirer.getCode() + "'");
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhone(Phone phone, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(phone, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(phone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(phone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(phone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(phone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(phone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(phone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(phone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(phone, diagnostics, context);
		if (result || diagnostics != null) result &= validatePhone_NumberFormat(phone, diagnostics, context);
		return result;
	}

	/**
	 * Validates the NumberFormat constraint of '<em>Phone</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePhone_NumberFormat(Phone phone, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String number = phone.getNumber();
		if (Codes.isEmpty(number)) {
			return violation(diagnostics, PHONE__NUMBER_FORMAT, phone, EstatePackage.Literals.PHONE__NUMBER, "number is missing");
		}
		return Codes.isPhoneNumber(number)
			|| violation(diagnostics, PHONE__NUMBER_FORMAT, phone, EstatePackage.Literals.PHONE__NUMBER,
				"number is neither E.164 ('+' and 7-15 digits) nor 11 national digits");
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTerminalModel(TerminalModel terminalModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(terminalModel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTerminal(Terminal terminal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(terminal, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validateTerminal_SerialNumberFormat(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validateTerminal_RequiredFields(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validateTerminal_MerchantBinding(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validateTerminal_StateRequirements(terminal, diagnostics, context);
		if (result || diagnostics != null) result &= validateTerminal_DeployedRegionFormat(terminal, diagnostics, context);
		return result;
	}

	/**
	 * Validates the SerialNumberFormat constraint of '<em>Terminal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTerminal_SerialNumberFormat(Terminal terminal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String serial = terminal.getSerialNumber();
		if (Codes.isEmpty(serial)) {
			return violation(diagnostics, TERMINAL__SERIAL_NUMBER_FORMAT, terminal, EstatePackage.Literals.TERMINAL__SERIAL_NUMBER,
				"serial number is missing");
		}
		return Codes.isSerialNumber(serial)
			|| violation(diagnostics, TERMINAL__SERIAL_NUMBER_FORMAT, terminal, EstatePackage.Literals.TERMINAL__SERIAL_NUMBER,
				"serial number '" + serial + "' may hold only ASCII letters, digits and '-'");
	}

	/**
	 * Validates the RequiredFields constraint of '<em>Terminal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTerminal_RequiredFields(Terminal terminal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		if (Codes.isEmpty(terminal.getVendor())) {
			result = violation(diagnostics, TERMINAL__REQUIRED_FIELDS, terminal, EstatePackage.Literals.TERMINAL__VENDOR,
				"vendor is missing");
		}
		if (Codes.isEmpty(terminal.getModelName())) {
			result = violation(diagnostics, TERMINAL__REQUIRED_FIELDS, terminal, EstatePackage.Literals.TERMINAL__MODEL_NAME,
				"model name is missing");
		}
		return result;
	}

	/**
	 * Validates the MerchantBinding constraint of '<em>Terminal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTerminal_MerchantBinding(Terminal terminal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Merchant merchant = terminal.getMerchant();
		String number = terminal.getMerchantNo();
		if (merchant == null) {
			return Codes.isEmpty(number)
				|| violation(diagnostics, TERMINAL__MERCHANT_BINDING, terminal, EstatePackage.Literals.TERMINAL__MERCHANT,
					"merchant number '" + number + "' does not resolve to a merchant");
		}
		return Codes.isEmpty(number) || number.equals(merchant.getMerchantNo())
			|| violation(diagnostics, TERMINAL__MERCHANT_BINDING, terminal, EstatePackage.Literals.TERMINAL__MERCHANT_NO,
				"merchant number '" + number + "' differs from its bound merchant '" + merchant.getMerchantNo() + "'");
	}

	/**
	 * Validates the StateRequirements constraint of '<em>Terminal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTerminal_StateRequirements(Terminal terminal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		boolean bound = terminal.getMerchant() != null || !Codes.isEmpty(terminal.getMerchantNo());
		if (terminal.getState() == TerminalState.ACTIVE) {
			if (!bound) {
				result = violation(diagnostics, TERMINAL__STATE_REQUIREMENTS, terminal, EstatePackage.Literals.TERMINAL__MERCHANT,
					"an ACTIVE terminal must be bound to a merchant");
			}
			if (terminal.getActivatedAt() == null) {
				result = violation(diagnostics, TERMINAL__STATE_REQUIREMENTS, terminal, EstatePackage.Literals.TERMINAL__ACTIVATED_AT,
					"an ACTIVE terminal must have an activation date");
			}
		} else if (terminal.getState() == TerminalState.IN_STOCK) {
			if (bound) {
				result = violation(diagnostics, TERMINAL__STATE_REQUIREMENTS, terminal, EstatePackage.Literals.TERMINAL__MERCHANT,
					"an IN_STOCK terminal must not be bound to a merchant");
			}
			if (!Codes.isEmpty(terminal.getDeployedRegion())) {
				result = violation(diagnostics, TERMINAL__STATE_REQUIREMENTS, terminal, EstatePackage.Literals.TERMINAL__DEPLOYED_REGION,
					"an IN_STOCK terminal must have no deployed region");
			}
		}
		return result;
	}

	/**
	 * Validates the DeployedRegionFormat constraint of '<em>Terminal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTerminal_DeployedRegionFormat(Terminal terminal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return checkCode(diagnostics, TERMINAL__DEPLOYED_REGION_FORMAT, terminal, EstatePackage.Literals.TERMINAL__DEPLOYED_REGION,
			"deployed region", false);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifecycleEvent(LifecycleEvent lifecycleEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(lifecycleEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvidence(Evidence evidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evidence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMerchantStatus(MerchantStatus merchantStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhoneStatus(PhoneStatus phoneStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhoneSource(PhoneSource phoneSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCapability(Capability capability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnectionType(ConnectionType connectionType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTerminalState(TerminalState terminalState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstant(Instant instant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Reports a violated estate constraint as an error whose message names the object by its key;
	 * the data are the object and the offending feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	protected boolean violation(DiagnosticChain diagnostics, int code, EObject object, EStructuralFeature feature, String problem) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, ObjectNames.of(object) + ": " + problem,
				new Object[] { object, feature }));
		}
		return false;
	}

	/**
	 * Checks that a string attribute holds a 4-digit code (region, MCC); {@code required} also reports it missing.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	protected boolean checkCode(DiagnosticChain diagnostics, int code, EObject object, EAttribute attribute, String what, boolean required) {
		String value = (String)object.eGet(attribute);
		if (Codes.isEmpty(value)) {
			return !required || violation(diagnostics, code, object, attribute, what + " is missing");
		}
		return Codes.isCode(value) || violation(diagnostics, code, object, attribute, what + " '" + value + "' is not 4 ASCII digits");
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //EstateValidator
