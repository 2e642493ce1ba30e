import { Col, Form, Input, Row, Select, Typography } from 'antd';
import { agencyIdentifierPattern } from '@contracts/org';
import type { Ref } from 'react';
import type { InputRef } from 'antd';
import { useI18n } from '../../../platform/i18n/useI18n';
import { useUnitTypeOptions } from '../hooks/useUnitTypeOptions';
import { UnitSelect } from './UnitSelect';

type Props = {
  firstFieldRef?: Ref<InputRef>;
  /** The parent preselected in the form, so the picker can show its name. */
  initialParent?: { id: string; name: string } | null;
  /** The unit being edited, left out of the parent choices. */
  excludeId?: string;
};

/** The fields shared by the create and edit unit forms. */
export function UnitFormFields({ firstFieldRef, initialParent, excludeId }: Props) {
  const { m } = useI18n();
  const typeOptions = useUnitTypeOptions();
  const required = { required: true, whitespace: true, message: m.common.required };

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={10}>
          <Form.Item name="code" label={m.units.code} rules={[required]}>
            <Input ref={firstFieldRef} autoFocus maxLength={32} data-testid="unit-code" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="type" label={m.units.type} rules={[{ required: true, message: m.common.required }]}>
            <Select options={typeOptions} showSearch={{ optionFilterProp: 'label' }} data-testid="unit-type" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="name" label={m.units.name} rules={[required]}>
        <Input maxLength={200} data-testid="unit-name" />
      </Form.Item>
      <Form.Item name="designation" label={m.units.designation}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="parentId" label={m.units.parent}>
        <UnitSelect
          placeholder={m.units.parentPlaceholder}
          excludeId={excludeId}
          initial={initialParent ? { id: initialParent.id, code: null, name: initialParent.name } : null}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="validFrom" label={m.units.validFrom}>
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="validTo"
            label={m.units.validTo}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) => {
                  const from = getFieldValue('validFrom') as string | undefined;
                  return !value || !from || value >= from ? Promise.resolve() : Promise.reject(new Error(m.units.validToBeforeFrom));
                },
              }),
            ]}
          >
            <Input type="date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="legalBasis" label={m.units.legalBasis}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="address" label={m.units.address}>
        <Input maxLength={500} />
      </Form.Item>
      <Typography.Text strong style={{ display: 'block', margin: '8px 0' }}>
        {m.units.agencySection}
      </Typography.Text>
      <Typography.Paragraph type="secondary">{m.units.agencyHint}</Typography.Paragraph>
      <Form.Item name="agencyName" label={m.units.agencyName} extra={m.units.agencyNameHint}>
        <Input maxLength={200} data-testid="unit-agency-name" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="agencyIdentifier"
            label={m.units.agencyIdentifier}
            extra={m.units.agencyIdentifierHint}
            rules={[{ pattern: agencyIdentifierPattern, message: m.units.agencyIdentifierInvalid }]}
            normalize={(value: string) => value.toUpperCase()}
          >
            <Input maxLength={13} placeholder="000.00.31.H36" data-testid="unit-agency-identifier" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="placeName" label={m.units.placeName} extra={m.units.placeNameHint}>
            <Input maxLength={100} data-testid="unit-place-name" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="headTitle" label={m.units.headTitle} extra={m.units.headTitleHint}>
        <Input maxLength={100} data-testid="unit-head-title" />
      </Form.Item>
    </>
  );
}
