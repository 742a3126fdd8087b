/**
 */
package io.posestate.model.impl;

import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.time.OffsetDateTime;
import io.posestate.model.*;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EstateFactoryImpl extends EFactoryImpl implements EstateFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static EstateFactory init() {
		try {
			EstateFactory theEstateFactory = (EstateFactory)EPackage.Registry.INSTANCE.getEFactory(EstatePackage.eNS_URI);
			if (theEstateFactory != null) {
				return theEstateFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new EstateFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EstateFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case EstatePackage.ESTATE: return createEstate();
			case EstatePackage.ACQUIRER: return createAcquirer();
			case EstatePackage.MERCHANT: return createMerchant();
			case EstatePackage.PHONE: return createPhone();
			case EstatePackage.TERMINAL_MODEL: return createTerminalModel();
			case EstatePackage.TERMINAL: return createTerminal();
			case EstatePackage.LIFECYCLE_EVENT: return createLifecycleEvent();
			case EstatePackage.EVIDENCE: return createEvidence();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case EstatePackage.MERCHANT_STATUS:
				return createMerchantStatusFromString(eDataType, initialValue);
			case EstatePackage.PHONE_STATUS:
				return createPhoneStatusFromString(eDataType, initialValue);
			case EstatePackage.PHONE_SOURCE:
				return createPhoneSourceFromString(eDataType, initialValue);
			case EstatePackage.CAPABILITY:
				return createCapabilityFromString(eDataType, initialValue);
			case EstatePackage.CONNECTION_TYPE:
				return createConnectionTypeFromString(eDataType, initialValue);
			case EstatePackage.TERMINAL_STATE:
				return createTerminalStateFromString(eDataType, initialValue);
			case EstatePackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case EstatePackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case EstatePackage.MERCHANT_STATUS:
				return convertMerchantStatusToString(eDataType, instanceValue);
			case EstatePackage.PHONE_STATUS:
				return convertPhoneStatusToString(eDataType, instanceValue);
			case EstatePackage.PHONE_SOURCE:
				return convertPhoneSourceToString(eDataType, instanceValue);
			case EstatePackage.CAPABILITY:
				return convertCapabilityToString(eDataType, instanceValue);
			case EstatePackage.CONNECTION_TYPE:
				return convertConnectionTypeToString(eDataType, instanceValue);
			case EstatePackage.TERMINAL_STATE:
				return convertTerminalStateToString(eDataType, instanceValue);
			case EstatePackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case EstatePackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Estate createEstate() {
		EstateImpl estate = new EstateImpl();
		return estate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Acquirer createAcquirer() {
		AcquirerImpl acquirer = new AcquirerImpl();
		return acquirer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Merchant createMerchant() {
		MerchantImpl merchant = new MerchantImpl();
		return merchant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phone createPhone() {
		PhoneImpl phone = new PhoneImpl();
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalModel createTerminalModel() {
		TerminalModelImpl terminalModel = new TerminalModelImpl();
		return terminalModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Terminal createTerminal() {
		TerminalImpl terminal = new TerminalImpl();
		return terminal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleEvent createLifecycleEvent() {
		LifecycleEventImpl lifecycleEvent = new LifecycleEventImpl();
		return lifecycleEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MerchantStatus createMerchantStatusFromString(EDataType eDataType, String initialValue) {
		MerchantStatus result = MerchantStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMerchantStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhoneStatus createPhoneStatusFromString(EDataType eDataType, String initialValue) {
		PhoneStatus result = PhoneStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhoneStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhoneSource createPhoneSourceFromString(EDataType eDataType, String initialValue) {
		PhoneSource result = PhoneSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhoneSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Capability createCapabilityFromString(EDataType eDataType, String initialValue) {
		Capability result = Capability.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCapabilityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectionType createConnectionTypeFromString(EDataType eDataType, String initialValue) {
		ConnectionType result = ConnectionType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectionTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalState createTerminalStateFromString(EDataType eDataType, String initialValue) {
		TerminalState result = TerminalState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTerminalStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		if (initialValue == null || initialValue.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(initialValue);
		}
		catch (DateTimeParseException exception) {
			throw new IllegalArgumentException("'" + initialValue + "' is not a date of the form YYYY-MM-DD", exception);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		if (initialValue == null || initialValue.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(initialValue, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException exception) {
			throw new IllegalArgumentException("'" + initialValue + "' is not a date-time with offset (e.g. 2026-10-01T09:15:02+08:00)", exception);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EstatePackage getEstatePackage() {
		return (EstatePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static EstatePackage getPackage() {
		return EstatePackage.eINSTANCE;
	}

} //EstateFactoryImpl
