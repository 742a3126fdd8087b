/**
 */
package io.posestate.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Terminal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A POS terminal (terminals.csv) and its lifecycle history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.Terminal#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getVendor <em>Vendor</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getModelName <em>Model Name</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getTerminalModel <em>Terminal Model</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getConnection <em>Connection</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getState <em>State</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getMerchant <em>Merchant</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getMerchantNo <em>Merchant No</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getDeployedRegion <em>Deployed Region</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getActivatedAt <em>Activated At</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getBoundPhone <em>Bound Phone</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getHistory <em>History</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getReplaces <em>Replaces</em>}</li>
 *   <li>{@link io.posestate.model.Terminal#getReplacedBy <em>Replaced By</em>}</li>
 * </ul>
 *
 * @see io.posestate.model.EstatePackage#getTerminal()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='SerialNumberFormat RequiredFields MerchantBinding StateRequirements DeployedRegionFormat'"
 * @generated
 */
public interface Terminal extends EObject {
	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see io.posestate.model.EstatePackage#getTerminal_SerialNumber()
	 * @model id="true"
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see io.posestate.model.EstatePackage#getTerminal_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Model Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Name</em>' attribute.
	 * @see #setModelName(String)
	 * @see io.posestate.model.EstatePackage#getTerminal_ModelName()
	 * @model
	 * @generated
	 */
	String getModelName();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getModelName <em>Model Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Name</em>' attribute.
	 * @see #getModelName()
	 * @generated
	 */
	void setModelName(String value);

	/**
	 * Returns the value of the '<em><b>Terminal Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terminal Model</em>' reference.
	 * @see #setTerminalModel(TerminalModel)
	 * @see io.posestate.model.EstatePackage#getTerminal_TerminalModel()
	 * @model
	 * @generated
	 */
	TerminalModel getTerminalModel();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getTerminalModel <em>Terminal Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Terminal Model</em>' reference.
	 * @see #getTerminalModel()
	 * @generated
	 */
	void setTerminalModel(TerminalModel value);

	/**
	 * Returns the value of the '<em><b>Connection</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.model.ConnectionType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connection</em>' attribute.
	 * @see io.posestate.model.ConnectionType
	 * @see #setConnection(ConnectionType)
	 * @see io.posestate.model.EstatePackage#getTerminal_Connection()
	 * @model
	 * @generated
	 */
	ConnectionType getConnection();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getConnection <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection</em>' attribute.
	 * @see io.posestate.model.ConnectionType
	 * @see #getConnection()
	 * @generated
	 */
	void setConnection(ConnectionType value);

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see io.posestate.model.EstatePackage#getTerminal_Firmware()
	 * @model
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.model.TerminalState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.posestate.model.TerminalState
	 * @see #setState(TerminalState)
	 * @see io.posestate.model.EstatePackage#getTerminal_State()
	 * @model
	 * @generated
	 */
	TerminalState getState();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.posestate.model.TerminalState
	 * @see #getState()
	 * @generated
	 */
	void setState(TerminalState value);

	/**
	 * Returns the value of the '<em><b>Merchant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Merchant</em>' reference.
	 * @see #setMerchant(Merchant)
	 * @see io.posestate.model.EstatePackage#getTerminal_Merchant()
	 * @model
	 * @generated
	 */
	Merchant getMerchant();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getMerchant <em>Merchant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Merchant</em>' reference.
	 * @see #getMerchant()
	 * @generated
	 */
	void setMerchant(Merchant value);

	/**
	 * Returns the value of the '<em><b>Merchant No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The merchant number as imported or stored; agrees with the merchant reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Merchant No</em>' attribute.
	 * @see #setMerchantNo(String)
	 * @see io.posestate.model.EstatePackage#getTerminal_MerchantNo()
	 * @model
	 * @generated
	 */
	String getMerchantNo();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getMerchantNo <em>Merchant No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Merchant No</em>' attribute.
	 * @see #getMerchantNo()
	 * @generated
	 */
	void setMerchantNo(String value);

	/**
	 * Returns the value of the '<em><b>Deployed Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deployed Region</em>' attribute.
	 * @see #setDeployedRegion(String)
	 * @see io.posestate.model.EstatePackage#getTerminal_DeployedRegion()
	 * @model
	 * @generated
	 */
	String getDeployedRegion();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getDeployedRegion <em>Deployed Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deployed Region</em>' attribute.
	 * @see #getDeployedRegion()
	 * @generated
	 */
	void setDeployedRegion(String value);

	/**
	 * Returns the value of the '<em><b>Activated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activated At</em>' attribute.
	 * @see #setActivatedAt(LocalDate)
	 * @see io.posestate.model.EstatePackage#getTerminal_ActivatedAt()
	 * @model dataType="io.posestate.model.LocalDate"
	 * @generated
	 */
	LocalDate getActivatedAt();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getActivatedAt <em>Activated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activated At</em>' attribute.
	 * @see #getActivatedAt()
	 * @generated
	 */
	void setActivatedAt(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Bound Phone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bound Phone</em>' reference.
	 * @see #setBoundPhone(Phone)
	 * @see io.posestate.model.EstatePackage#getTerminal_BoundPhone()
	 * @model
	 * @generated
	 */
	Phone getBoundPhone();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getBoundPhone <em>Bound Phone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bound Phone</em>' reference.
	 * @see #getBoundPhone()
	 * @generated
	 */
	void setBoundPhone(Phone value);

	/**
	 * Returns the value of the '<em><b>History</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.model.LifecycleEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>History</em>' containment reference list.
	 * @see io.posestate.model.EstatePackage#getTerminal_History()
	 * @model containment="true"
	 * @generated
	 */
	EList<LifecycleEvent> getHistory();

	/**
	 * Returns the value of the '<em><b>Replaces</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link io.posestate.model.Terminal#getReplacedBy <em>Replaced By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replaces</em>' reference.
	 * @see #setReplaces(Terminal)
	 * @see io.posestate.model.EstatePackage#getTerminal_Replaces()
	 * @see io.posestate.model.Terminal#getReplacedBy
	 * @model opposite="replacedBy"
	 * @generated
	 */
	Terminal getReplaces();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getReplaces <em>Replaces</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replaces</em>' reference.
	 * @see #getReplaces()
	 * @generated
	 */
	void setReplaces(Terminal value);

	/**
	 * Returns the value of the '<em><b>Replaced By</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link io.posestate.model.Terminal#getReplaces <em>Replaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replaced By</em>' reference.
	 * @see #setReplacedBy(Terminal)
	 * @see io.posestate.model.EstatePackage#getTerminal_ReplacedBy()
	 * @see io.posestate.model.Terminal#getReplaces
	 * @model opposite="replaces"
	 * @generated
	 */
	Terminal getReplacedBy();

	/**
	 * Sets the value of the '{@link io.posestate.model.Terminal#getReplacedBy <em>Replaced By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replaced By</em>' reference.
	 * @see #getReplacedBy()
	 * @generated
	 */
	void setReplacedBy(Terminal value);

} // Terminal
