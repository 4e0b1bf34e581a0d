using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactCheck.Core.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Relinking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RelinkStartedAt",
                table: "dataset_versions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelinkSummary",
                table: "dataset_versions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RelinkedAt",
                table: "dataset_versions",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RelinkStartedAt",
                table: "dataset_versions");

            migrationBuilder.DropColumn(
                name: "RelinkSummary",
                table: "dataset_versions");

            migrationBuilder.DropColumn(
                name: "RelinkedAt",
                table: "dataset_versions");
        }
    }
}
