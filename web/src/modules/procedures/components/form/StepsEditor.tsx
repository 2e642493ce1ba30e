import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Select, Tag, Tooltip, Typography } from 'antd';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { budgetsFit, handlerUnitTypes, type ProcessStep, stepBudgetOf, stepRoles } from '@contracts/catalog';
import { newStep, type ProcedureFormValues } from '../../procedureForm';
import { hoursText } from '../../procedureText';
import { ListErrors } from './ListErrors';
import { listItemStyle } from './listItemStyle';

/** The ordered steps with their time budgets; the total must equal the processing time. */
export function StepsEditor() {
  const { m, locale } = useI18n();
  const p = m.procedures;
  const s = p.step;
  const form = Form.useFormInstance<ProcedureFormValues>();
  const steps = Form.useWatch('steps', form) as Partial<ProcessStep>[] | undefined;
  const time = Form.useWatch('processingTime', form) as ProcedureFormValues['processingTime'] | undefined;
  const sum = (steps ?? []).reduce((total, step) => total + (Number(step?.budgetHours) || 0), 0);
  const { hours: expected, isExact } = stepBudgetOf(time);
  const matches = budgetsFit(sum, time);
  const required = { required: true, message: m.common.required };

  return (
    <Form.List name="steps">
      {(fields, { add, remove, move }, { errors }) => (
        <div id="steps" data-testid="steps-editor">
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {p.fields.steps}
          </Typography.Text>
          {fields.map((field, index) => (
            <div key={field.key} style={listItemStyle} data-testid={`step-${index}`}>
              <Flex gap={8} align="start">
                <Tag color="blue" style={{ marginTop: 5, minWidth: 28, textAlign: 'center' }}>
                  {index + 1}
                </Tag>
                <Form.Item name={[field.name, 'name']} rules={[{ ...required, whitespace: true }]} style={{ flex: 1, marginBottom: 8 }}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={s.name} aria-label={s.name} />
                </Form.Item>
                <Tooltip title={s.moveUp}>
                  <Button icon={<ArrowUpOutlined />} aria-label={s.moveUp} disabled={index === 0} onClick={() => move(index, index - 1)} />
                </Tooltip>
                <Tooltip title={s.moveDown}>
                  <Button
                    icon={<ArrowDownOutlined />}
                    aria-label={s.moveDown}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                  />
                </Tooltip>
                <Tooltip title={s.remove}>
                  <Button danger icon={<DeleteOutlined />} aria-label={s.remove} onClick={() => remove(index)} />
                </Tooltip>
              </Flex>
              <Flex gap={12} wrap style={{ paddingInlineStart: 36 }}>
                <Form.Item name={[field.name, 'handlerUnitType']} label={s.handler} style={{ marginBottom: 0 }}>
                  <Select
                    allowClear
                    style={{ width: 260 }}
                    options={handlerUnitTypes.map((type) => ({ value: type, label: m.unitTypes[type] }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'role']} label={s.role} rules={[required]} style={{ marginBottom: 0 }}>
                  <Select style={{ width: 180 }} options={stepRoles.map((role) => ({ value: role, label: m.roles[role] ?? role }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'budgetHours']} label={s.budget} rules={[required]} style={{ marginBottom: 0 }}>
                  <InputNumber
                    min={0}
                    max={2920}
                    step={0.5}
                    decimalSeparator={locale === 'vi' ? ',' : '.'}
                    style={{ width: 120 }}
                    data-testid={`step-${index}-budget`}
                  />
                </Form.Item>
              </Flex>
            </div>
          ))}
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...newStep })} data-testid="step-add">
              {s.add}
            </Button>
            <Typography.Text
              strong
              type={matches ? 'success' : 'danger'}
              data-testid="steps-total"
              data-matches={matches ? 'true' : 'false'}
              style={{ fontSize: 15 }}
            >
              {format(isExact ? s.total : s.totalAtMost, { sum: hoursText(sum, locale), total: hoursText(expected, locale) })}
            </Typography.Text>
          </Flex>
          {!matches && errors.length === 0 && (
            <Typography.Text type="danger" style={{ display: 'block', textAlign: 'end' }}>
              {isExact ? s.mismatch : s.mismatchAtMost}
            </Typography.Text>
          )}
          <ListErrors errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
