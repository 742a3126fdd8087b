/**
 */
package io.posestate.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Merchant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A merchant (merchants.csv). The 15-digit merchant number carries the acquirer institution (digits 1-3), region (4-7), MCC (8-11) and a sequence (12-15).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.Merchant#getMerchantNo <em>Merchant No</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getName <em>Name</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getMcc <em>Mcc</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getRegion <em>Region</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getAcquirer <em>Acquirer</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getAcquirerCode <em>Acquirer Code</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getStatus <em>Status</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getSettlementAccount <em>Settlement Account</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getAddress <em>Address</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getEmail <em>Email</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getPhone <em>Phone</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getBackupPhone <em>Backup Phone</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getInstitutionCode <em>Institution Code</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getNumberRegion <em>Number Region</em>}</li>
 *   <li>{@link io.posestate.model.Merchant#getNumberMcc <em>Number Mcc</em>}</li>
 * </ul>
 *
 * @see io.posestate.model.EstatePackage#getMerchant()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='MerchantNumberFormat CodeFormats NumberMatchesRegistration AcquirerConsistent'"
 * @generated
 */
public interface Merchant extends EObject {
	/**
	 * Returns the value of the '<em><b>Merchant No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Merchant No</em>' attribute.
	 * @see #setMerchantNo(String)
	 * @see io.posestate.model.EstatePackage#getMerchant_MerchantNo()
	 * @model id="true"
	 * @generated
	 */
	String getMerchantNo();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getMerchantNo <em>Merchant No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Merchant No</em>' attribute.
	 * @see #getMerchantNo()
	 * @generated
	 */
	void setMerchantNo(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.posestate.model.EstatePackage#getMerchant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Mcc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mcc</em>' attribute.
	 * @see #setMcc(String)
	 * @see io.posestate.model.EstatePackage#getMerchant_Mcc()
	 * @model
	 * @generated
	 */
	String getMcc();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getMcc <em>Mcc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mcc</em>' attribute.
	 * @see #getMcc()
	 * @generated
	 */
	void setMcc(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see io.posestate.model.EstatePackage#getMerchant_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Acquirer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acquirer</em>' reference.
	 * @see #setAcquirer(Acquirer)
	 * @see io.posestate.model.EstatePackage#getMerchant_Acquirer()
	 * @model
	 * @generated
	 */
	Acquirer getAcquirer();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getAcquirer <em>Acquirer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acquirer</em>' reference.
	 * @see #getAcquirer()
	 * @generated
	 */
	void setAcquirer(Acquirer value);

	/**
	 * Returns the value of the '<em><b>Acquirer Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The acquirer code as imported; agrees with the acquirer reference when that is resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acquirer Code</em>' attribute.
	 * @see #setAcquirerCode(String)
	 * @see io.posestate.model.EstatePackage#getMerchant_AcquirerCode()
	 * @model
	 * @generated
	 */
	String getAcquirerCode();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getAcquirerCode <em>Acquirer Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acquirer Code</em>' attribute.
	 * @see #getAcquirerCode()
	 * @generated
	 */
	void setAcquirerCode(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.model.MerchantStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.posestate.model.MerchantStatus
	 * @see #setStatus(MerchantStatus)
	 * @see io.posestate.model.EstatePackage#getMerchant_Status()
	 * @model
	 * @generated
	 */
	MerchantStatus getStatus();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.posestate.model.MerchantStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MerchantStatus value);

	/**
	 * Returns the value of the '<em><b>Settlement Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settlement Account</em>' attribute.
	 * @see #setSettlementAccount(String)
	 * @see io.posestate.model.EstatePackage#getMerchant_SettlementAccount()
	 * @model
	 * @generated
	 */
	String getSettlementAccount();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getSettlementAccount <em>Settlement Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settlement Account</em>' attribute.
	 * @see #getSettlementAccount()
	 * @generated
	 */
	void setSettlementAccount(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see io.posestate.model.EstatePackage#getMerchant_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see io.posestate.model.EstatePackage#getMerchant_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' reference.
	 * @see #setPhone(Phone)
	 * @see io.posestate.model.EstatePackage#getMerchant_Phone()
	 * @model
	 * @generated
	 */
	Phone getPhone();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getPhone <em>Phone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' reference.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(Phone value);

	/**
	 * Returns the value of the '<em><b>Backup Phone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backup Phone</em>' reference.
	 * @see #setBackupPhone(Phone)
	 * @see io.posestate.model.EstatePackage#getMerchant_BackupPhone()
	 * @model
	 * @generated
	 */
	Phone getBackupPhone();

	/**
	 * Sets the value of the '{@link io.posestate.model.Merchant#getBackupPhone <em>Backup Phone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backup Phone</em>' reference.
	 * @see #getBackupPhone()
	 * @generated
	 */
	void setBackupPhone(Phone value);

	/**
	 * Returns the value of the '<em><b>Institution Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Digits 1-3 of the merchant number; null unless the merchant number is 15 ASCII digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Institution Code</em>' attribute.
	 * @see io.posestate.model.EstatePackage#getMerchant_InstitutionCode()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getInstitutionCode();

	/**
	 * Returns the value of the '<em><b>Number Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Digits 4-7 of the merchant number; null unless the merchant number is 15 ASCII digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number Region</em>' attribute.
	 * @see io.posestate.model.EstatePackage#getMerchant_NumberRegion()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getNumberRegion();

	/**
	 * Returns the value of the '<em><b>Number Mcc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Digits 8-11 of the merchant number; null unless the merchant number is 15 ASCII digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number Mcc</em>' attribute.
	 * @see io.posestate.model.EstatePackage#getMerchant_NumberMcc()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getNumberMcc();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the merchant can be reached other than through its bound phone: a backup phone or an e-mail address.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasBackupContact();

} // Merchant
