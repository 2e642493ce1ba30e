import { Table, Tag, Typography } from 'antd';
import { formatVnd } from '../../../platform/format/numbers';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { budgetsFit, stepBudgetOf, type Fee, type ProcedureInput, type ProcessStep, type RequiredDocument } from '@contracts/catalog';
import { hoursText } from '../procedureText';

const secondary = { fontSize: 12, display: 'block' } as const;

/** The required documents, fees and steps of a procedure as tables. */
export function ProcedureLists({ procedure }: { procedure: ProcedureInput }) {
  const { m, locale } = useI18n();
  const p = m.procedures;
  const sum = procedure.steps.reduce((total, step) => total + step.budgetHours, 0);
  const { hours: expected, isExact } = stepBudgetOf(procedure.processingTime);
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {p.fields.documents}
      </Typography.Title>
      <Table<RequiredDocument>
        size="small"
        rowKey={(_document, index) => String(index)}
        pagination={false}
        dataSource={procedure.documents}
        columns={[
          { key: 'index', title: '#', width: 40, render: (_value, _document, index) => index + 1 },
          {
            key: 'name',
            title: p.document.name,
            render: (_value, document) => (
              <>
                {document.name}
                {document.templateName && (
                  <Typography.Text type="secondary" style={secondary}>
                    {p.document.templateName}: {document.templateName}
                  </Typography.Text>
                )}
                {document.note && (
                  <Typography.Text type="secondary" style={secondary}>
                    {document.note}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'form',
            title: p.document.form,
            width: 170,
            render: (_value, document) => p.documentForms[document.form] ?? document.form,
          },
          { key: 'count', title: p.document.count, width: 80, align: 'end', dataIndex: 'count' },
          {
            key: 'required',
            title: p.document.required,
            width: 100,
            render: (_value, document) =>
              document.isRequired ? <Tag color="red">{p.document.required}</Tag> : <Tag>{p.document.optional}</Tag>,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {p.fields.fees}
      </Typography.Title>
      {procedure.fees.length === 0 ? (
        <Typography.Text type="secondary">{p.fee.none}</Typography.Text>
      ) : (
        <Table<Fee>
          size="small"
          rowKey={(_fee, index) => String(index)}
          pagination={false}
          dataSource={procedure.fees}
          columns={[
            { key: 'kind', title: p.fee.kind, width: 80, render: (_value, fee) => p.feeKinds[fee.kind] ?? fee.kind },
            {
              key: 'name',
              title: p.fee.name,
              render: (_value, fee) => (
                <>
                  {fee.name}
                  {fee.exemptions && (
                    <Typography.Text type="secondary" style={secondary}>
                      {p.fee.exemptions}: {fee.exemptions}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            { key: 'amount', title: p.fee.amount, width: 130, align: 'end', render: (_value, fee) => formatVnd(fee.amountVnd) },
            { key: 'per', title: p.fee.per, width: 150, render: (_value, fee) => fee.per ?? m.common.none },
          ]}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {p.fields.steps}
      </Typography.Title>
      <Table<ProcessStep>
        size="small"
        rowKey={(_step, index) => String(index)}
        pagination={false}
        dataSource={procedure.steps}
        columns={[
          { key: 'order', title: p.step.order, width: 60, render: (_value, _step, index) => index + 1 },
          { key: 'name', title: p.step.name, dataIndex: 'name' },
          {
            key: 'handler',
            title: p.step.handler,
            width: 190,
            render: (_value, step) =>
              [step.handlerUnitType ? m.unitTypes[step.handlerUnitType] : null, step.handlerUnitCode].filter(Boolean).join(' · ') ||
              m.common.none,
          },
          { key: 'role', title: p.step.role, width: 140, render: (_value, step) => m.roles[step.role] ?? step.role },
          { key: 'budget', title: p.step.budget, width: 110, align: 'end', render: (_value, step) => hoursText(step.budgetHours, locale) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5} align="end">
              <Typography.Text strong type={budgetsFit(sum, procedure.processingTime) ? undefined : 'danger'}>
                {format(isExact ? p.step.total : p.step.totalAtMost, { sum: hoursText(sum, locale), total: hoursText(expected, locale) })}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
